package budget

import (
	"fmt"
	"unicode/utf8"
)

// Ellipsis ends a string that was cut.
const Ellipsis = "…"

// Cut returns s when it has at most b runes, else its first b−1 runes and
// an ellipsis, and true. It looks at no more of s than it keeps, so a
// string of megabytes costs no more than a short one.
func Cut(s string, b Budget) (string, bool) {
	n := b.Int()
	if len(s) <= n { // at most n bytes: at most n runes
		return s, false
	}
	i, count := 0, 0
	cut := -1
	for i < len(s) {
		if count == n-1 {
			cut = i
		}
		if count == n {
			return s[:cut] + Ellipsis, true
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		count++
	}
	return s, false
}

// CutError is the warning for a string that Cut shortened: where it was
// and how long it was, in bytes (counting its characters would cost as
// much as showing them).
type CutError struct {
	Budget Budget
	Bytes  int
}

// Error returns "a 100000-byte text is over the name length budget of 200
// characters; cut with an ellipsis".
func (e *CutError) Error() string {
	return fmt.Sprintf("a %s text is over the %s budget of %s; cut with an ellipsis",
		Size(int64(e.Bytes)), e.Budget.Name, e.Budget.Amount(e.Budget.Limit))
}

// Unwrap returns ErrOver.
func (e *CutError) Unwrap() error { return ErrOver }

// CutWarn cuts *s to b (see Cut) and returns a *CutError when it did, nil
// otherwise.
func CutWarn(s *string, b Budget) error {
	n := len(*s)
	cut, ok := Cut(*s, b)
	if !ok {
		return nil
	}
	*s = cut
	return &CutError{Budget: b, Bytes: n}
}
