package locale

import (
	"os"
	"testing"
)

func TestFromEnv(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"unset", nil, "en"},
		{"C", map[string]string{"LANG": "C"}, "en"},
		{"C.UTF-8", map[string]string{"LANG": "C.UTF-8"}, "en"},
		{"POSIX wins", map[string]string{"LC_ALL": "POSIX", "LANG": "zh_CN.UTF-8"}, "en"},
		{"zh_CN", map[string]string{"LANG": "zh_CN.UTF-8"}, "zh"},
		{"zh_TW", map[string]string{"LANG": "zh_TW.UTF-8"}, "zh"},
		{"en_GB", map[string]string{"LANG": "en_GB.UTF-8"}, "en"},
		{"de", map[string]string{"LANG": "de_DE.UTF-8"}, "en"},
		{"LC_ALL wins", map[string]string{"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"},
		{"LC_MESSAGES", map[string]string{"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"},
		{"LANGUAGE list", map[string]string{"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh"},
		{"LANGUAGE ignored under C", map[string]string{"LANG": "C", "LANGUAGE": "zh_CN"}, "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromEnv(func(k string) string { return tt.env[k] }); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFromArgs(t *testing.T) {
	tests := []struct {
		args []string
		want string
		ok   bool
	}{
		{nil, "", false},
		{[]string{"--lang", "zh"}, "zh", true},
		{[]string{"-lang=en"}, "en", true},
		{[]string{"--size", "800x600", "--lang=ZH-cn"}, "zh", true},
		{[]string{"--lang"}, "", false},
		{[]string{"--lang", "fr"}, "", false},
		{[]string{"--", "--lang", "zh"}, "", false},
		{[]string{"--language", "zh"}, "", false},
	}
	for _, tt := range tests {
		got, ok := FromArgs(tt.args)
		if got != tt.want || ok != tt.ok {
			t.Errorf("FromArgs(%q) = %q, %v; want %q, %v", tt.args, got, ok, tt.want, tt.ok)
		}
	}
}

func TestApply(t *testing.T) {
	t.Setenv("LC_ALL", "C")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "C.UTF-8")
	t.Setenv("LANGUAGE", "")
	Apply("zh")
	if v, ok := os.LookupEnv("LC_ALL"); ok {
		t.Errorf("LC_ALL=C was kept as %q", v)
	}
	if v := os.Getenv("LANG"); v != "C.UTF-8" {
		t.Errorf("LANG = %q, want C.UTF-8 kept", v)
	}
	if v := os.Getenv("LANGUAGE"); v != "zh" {
		t.Errorf("LANGUAGE = %q, want zh", v)
	}
}

// TestWhileFontsLoad: while the faces load, the locale Fyne's font look-up reads names
// Cherokee, and the language comes back after, set or not before.
func TestWhileFontsLoad(t *testing.T) {
	for _, before := range []string{"zh", ""} {
		t.Run("LANGUAGE="+before, func(t *testing.T) {
			t.Setenv("LANGUAGE", before)
			if before == "" {
				os.Unsetenv("LANGUAGE")
			}
			var during string
			WhileFontsLoad(func() { during = os.Getenv("LANGUAGE") })
			if during != "chr" {
				t.Errorf("LANGUAGE while the faces load = %q, want chr", during)
			}
			got, set := os.LookupEnv("LANGUAGE")
			if got != before || set != (before != "") {
				t.Errorf("LANGUAGE after = %q (set %v), want %q back", got, set, before)
			}
		})
	}
}
