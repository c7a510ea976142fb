package kiosk

import (
	"bytes"
	"crypto/rand"
	"strings"
	"testing"
)

func TestRunHashPIN(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/etc/xdg-test")
	cases := []struct {
		name, in, err string
	}{
		{"twice the same", "246810\n246810\n", ""},
		{"Windows line ends and spaces", " 246810\r\n246810 \r\n", ""},
		{"different", "246810\n246811\n", "the two PINs differ"},
		{"too short", "12\n12\n", "6 to 12 digits, not 2: a shorter one could be guessed"},
		{"four digits, allowed before", "2468\n2468\n", "6 to 12 digits, not 4"},
		{"five digits", "24680\n24680\n", "6 to 12 digits, not 5"},
		{"too long", "1234567890123\n1234567890123\n", "6 to 12 digits, not 13"},
		{"letters", "12345a\n12345a\n", "digits only"},
		{"short with letters", "12ab\n12ab\n", "digits only"},
		{"nothing", "", "no PIN given"},
		{"only once", "246810\n", "no PIN given"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			cheap := func(pin string) (string, error) { return hashPIN(pin, cheapKDF, rand.Reader) }
			err := runHashPIN(strings.NewReader(tc.in), &out, cheap)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Errorf("RunHashPIN = %v, want %q", err, tc.err)
				}
				if strings.Contains(out.String(), "pin_hash") {
					t.Errorf("printed a hash after an error:\n%s", out.String())
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			text := out.String()
			if !strings.Contains(text, "# Paste this line into /etc/xdg-test/ningbomap/kiosk.toml:\n") {
				t.Errorf("output does not say where to paste:\n%s", text)
			}
			line := text[strings.LastIndex(strings.TrimSuffix(text, "\n"), "\n")+1:]
			c, err := Parse("pasted", []byte("kiosk = true\n"+line))
			if err != nil || c.Validate() != nil {
				t.Fatalf("the printed line %q does not make a valid config: %v %v", line, err, c.Validate())
			}
			if !CheckPIN(c.PINHash, "246810") || CheckPIN(c.PINHash, "246811") {
				t.Errorf("the printed hash %q does not check the PIN", c.PINHash)
			}
			if strings.Contains(text, "246810\n") {
				t.Error("the PIN itself was printed")
			}
		})
	}
}

func TestRunHashPINRefusesDifferentPINs(t *testing.T) {
	var out bytes.Buffer
	if err := RunHashPIN(strings.NewReader("1234\n4321\n"), &out); err == nil || strings.Contains(out.String(), "pin_hash") {
		t.Errorf("RunHashPIN with two different PINs: %v\n%s", err, out.String())
	}
}
