package kiosk

import (
	"bytes"
	"crypto/rand"
	"strings"
	"testing"
)

// cheapKDF keeps tests fast; CheckPIN reads the parameters from the hash.
var cheapKDF = kdf{memory: 64, time: 1, threads: 1, salt: make([]byte, 16), key: make([]byte, 32)}

// cheapHash hashes pin with cheapKDF.
func cheapHash(t testing.TB, pin string) string {
	t.Helper()
	h, err := deriveHash(normalisePIN(pin), cheapKDF, rand.Reader) // also legacy short PINs
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestValidatePIN(t *testing.T) {
	cases := []struct {
		pin string
		ok  bool
	}{
		{"123456", true},
		{"000000000000", true},
		{"", false},
		{"123", false},
		{"1234", false},
		{"12345", false},
		{"1234567890123", false},
		{"12a456", false},
		{"12 34", false},
		{"-123456", false},
	}
	for _, tc := range cases {
		t.Run(tc.pin, func(t *testing.T) {
			if err := ValidatePIN(tc.pin); (err == nil) != tc.ok {
				t.Errorf("ValidatePIN(%q) = %v, want ok %v", tc.pin, err, tc.ok)
			}
		})
	}
}

func TestCheckPIN(t *testing.T) {
	hash := cheapHash(t, "20240701")
	cases := []struct {
		name string
		hash string
		pin  string
		want bool
	}{
		{"right", hash, "20240701", true},
		{"right, typed with spaces around", hash, " 20240701\n", true},
		{"right, full-width digits", hash, "２０２４０７０１", true},
		{"wrong", hash, "20240702", false},
		{"a prefix", hash, "2024070", false},
		{"empty PIN", hash, "", false},
		{"missing hash", "", "20240701", false},
		{"plain text instead of a hash", "20240701", "20240701", false},
		{"another algorithm", strings.Replace(hash, "argon2id", "argon2i", 1), "20240701", false},
		{"another version", strings.Replace(hash, "v=19", "v=16", 1), "20240701", false},
		{"other parameters", strings.Replace(hash, "t=1", "t=2", 1), "20240701", false},
		{"truncated", hash[:len(hash)-4], "20240701", false},
		{"a four-digit PIN of an older configuration", cheapHash(t, "2468"), "2468", true},
		{"three digits never", cheapHash(t, "246"), "246", false},
		{"thirteen digits never", cheapHash(t, "1234567890123"), "1234567890123", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := CheckPIN(tc.hash, tc.pin); got != tc.want {
				t.Errorf("CheckPIN(%q, %q) = %v, want %v", tc.hash, tc.pin, got, tc.want)
			}
		})
	}
}

func TestHashFormat(t *testing.T) {
	// A fixed salt gives a fixed hash: the stored format must not drift.
	salt := bytes.NewReader(bytes.Repeat([]byte("a"), 16))
	got, err := deriveHash("1234", cheapKDF, salt)
	if err != nil {
		t.Fatal(err)
	}
	const want = "$argon2id$v=19$m=64,t=1,p=1$YWFhYWFhYWFhYWFhYWFhYQ$" + goldenKey
	if got != want {
		t.Errorf("hash of 1234 with salt aaaaaaaaaaaaaaaa:\n got %s\nwant %s", got, want)
	}
	if a, b := cheapHash(t, "1234"), cheapHash(t, "1234"); a == b {
		t.Error("two hashes of one PIN are equal: the salt is not random")
	}
	if _, err := hashPIN("123456", cheapKDF, bytes.NewReader(nil)); err == nil {
		t.Error("hashPIN made a hash without salt")
	}
	if _, err := HashPIN("12"); err == nil {
		t.Error("HashPIN took a two-digit PIN")
	}
}

// goldenKey is Argon2id("1234", salt "aaaaaaaaaaaaaaaa", t=1, m=64 KiB, p=1, 32
// bytes) as printed by the reference implementation's command-line tool:
// printf 1234 | argon2 aaaaaaaaaaaaaaaa -id -t 1 -k 64 -p 1 -l 32 -e
const goldenKey = "NClnKjnKC81ze85fUc/Ph7pFT/eIq+lnqDz15AOvwmA"

func TestParseHash(t *testing.T) {
	good := "$argon2id$v=19$m=65536,t=3,p=2$AAAAAAAAAAAAAAAAAAAAAA$" + strings.Repeat("A", 43)
	cases := []struct {
		name, hash, err string
	}{
		{"default parameters", good, ""},
		{"empty", "", "not an Argon2id hash"},
		{"bcrypt", "$2a$10$abcdefghijklmnopqrstuu5Hn4ZMpd5N3gd1IuSdDFJ1cFM6/FQK", "not an Argon2id hash"},
		{"no version", "$argon2id$m=65536,t=3,p=2$AAAAAAAAAAAAAAAAAAAAAA$AAAA", "not an Argon2id hash"},
		{"version", strings.Replace(good, "v=19", "v=x", 1), "argon2 version"},
		{"parameters out of order", strings.Replace(good, "m=65536,t=3,p=2", "t=3,m=65536,p=2", 1), "argon2 parameters"},
		{"trailing text", strings.Replace(good, "p=2", "p=2,x=1", 1), "argon2 parameters"},
		{"no lanes", strings.Replace(good, "p=2", "p=0", 1), "lanes"},
		{"too many lanes", strings.Replace(good, "p=2", "p=256", 1), "lanes"},
		{"no passes", strings.Replace(good, "t=3", "t=0", 1), "passes"},
		{"too many passes", strings.Replace(good, "t=3", "t=65", 1), "passes"},
		{"too much memory", strings.Replace(good, "m=65536", "m=2097152", 1), "memory"},
		{"too little memory", strings.Replace(good, "m=65536", "m=8", 1), "memory"},
		{"short salt", strings.Replace(good, "AAAAAAAAAAAAAAAAAAAAAA", "AAAA", 1), "salt"},
		{"salt not base64", strings.Replace(good, "AAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAA!AAAAAAAAA", 1), "salt"},
		{"padded hash", good + "=", "hash"},
		{"short hash", good[:len(good)-30], "hash"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseHash(tc.hash)
			if tc.err == "" {
				if err != nil {
					t.Errorf("parseHash(%q) = %v", tc.hash, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("parseHash(%q) = %v, want an error about %q", tc.hash, err, tc.err)
			}
		})
	}
}

// TestDefaultCost hashes and checks with the parameters of real PINs.
func TestDefaultCost(t *testing.T) {
	if testing.Short() {
		t.Skip("64 MiB Argon2id in -short mode")
	}
	h, err := HashPIN("20240701")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=3,p=2$") || len(h) != len("$argon2id$v=19$m=65536,t=3,p=2$")+22+1+43 {
		t.Errorf("HashPIN made %q", h)
	}
	if !CheckPIN(h, "20240701") || CheckPIN(h, "20240702") {
		t.Error("CheckPIN with default parameters: right PIN refused or wrong one taken")
	}
}

func BenchmarkCheckPIN(b *testing.B) {
	h, err := HashPIN("20240701")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		CheckPIN(h, "20240701")
	}
}
