package card

import "testing"

func TestRepeatsName(t *testing.T) {
	for _, tc := range []struct {
		path []string
		name string
		want bool
	}{
		{[]string{"宁波市"}, "宁波", true},
		{[]string{"Ningbo"}, "Ningbo", true},
		{[]string{"ningbo "}, "Ningbo", true},
		{[]string{"慈溪市", "匡堰镇"}, "匡堰镇", false},
		{[]string{"奉化区"}, "滕头村", false},
		{[]string{"宁波市区"}, "宁波", false},
		{nil, "宁波", false},
	} {
		if got := repeatsName(tc.path, tc.name); got != tc.want {
			t.Errorf("repeatsName(%q, %q) = %v, want %v", tc.path, tc.name, got, tc.want)
		}
	}
}
