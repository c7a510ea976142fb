package importer

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// hemispheres maps hemisphere marks to (axis, sign): axis 'x' for
// longitude, 'y' for latitude.
var hemispheres = []struct {
	mark string
	axis byte
	sign float64
}{
	{"东经", 'x', 1}, {"西经", 'x', -1}, {"北纬", 'y', 1}, {"南纬", 'y', -1},
	{"E", 'x', 1}, {"W", 'x', -1}, {"N", 'y', 1}, {"S", 'y', -1},
	{"e", 'x', 1}, {"w", 'x', -1}, {"n", 'y', 1}, {"s", 'y', -1},
}

// parseDegrees reads a longitude (axis 'x') or latitude (axis 'y') as
// spreadsheets hold them: decimal degrees ("121.55", "121,55" with a
// decimal comma), optionally with a degree sign and a hemisphere ("121.55E",
// "东经121.55°"), or degrees, minutes and seconds ("121°32′45″E",
// "121度32分45秒", "29 52 30 N"). The value is not range-checked.
func parseDegrees(s string, axis byte) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, fmt.Errorf("%w: empty", ErrCoordinate)
	}
	if v, err := strconv.ParseFloat(s, 64); err == nil {
		return v, nil
	}
	orig := s
	sign := 1.0
	for _, h := range hemispheres {
		rest, ok := strings.CutPrefix(s, h.mark)
		if !ok {
			rest, ok = strings.CutSuffix(s, h.mark)
		}
		if !ok {
			continue
		}
		if h.axis != axis {
			return 0, fmt.Errorf("%w: %q is a %s", ErrCoordinate, orig, axisName(h.axis))
		}
		s, sign = strings.TrimSpace(rest), h.sign
		break
	}
	if strings.Count(s, ",") == 1 && !strings.Contains(s, ".") {
		s = strings.Replace(s, ",", ".", 1) // decimal comma
	}
	parts := strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune("°º˚度′'’分″\"”秒 ", r)
	})
	if len(parts) == 0 || len(parts) > 3 {
		return 0, fmt.Errorf("%w: %q is not a %s in degrees", ErrCoordinate, orig, axisName(axis))
	}
	v := 0.0
	for i, part := range parts {
		x, err := strconv.ParseFloat(part, 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) || i > 0 && (x < 0 || x >= 60) {
			return 0, fmt.Errorf("%w: %q is not a %s in degrees", ErrCoordinate, orig, axisName(axis))
		}
		v += math.Abs(x) / math.Pow(60, float64(i))
	}
	if strings.HasPrefix(parts[0], "-") {
		sign = -sign
	}
	return sign * v, nil
}

// axisName names an axis for messages.
func axisName(axis byte) string {
	if axis == 'x' {
		return "longitude"
	}
	return "latitude"
}
