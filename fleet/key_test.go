package fleet

import (
	"crypto/ed25519"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestKeygen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keys")
	pub, err := Keygen(dir)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(filepath.Join(dir, PrivateKeyFile))
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("private key mode %04o, want 0600", info.Mode().Perm())
	}
	priv, err := LoadPrivateKey(filepath.Join(dir, PrivateKeyFile))
	if err != nil {
		t.Fatal(err)
	}
	if !PublicKey(priv.Public().(ed25519.PublicKey)).Equal(pub) {
		t.Error("the private key does not match the public key")
	}
	filePub, err := LoadPublicKey(filepath.Join(dir, PublicKeyFile))
	if err != nil || !filePub.Equal(pub) {
		t.Errorf("LoadPublicKey: %v, %v; want %v", filePub, err, pub)
	}
	line := pub.ConfigLine()
	if !strings.HasPrefix(line, `fleet_key = "ed25519:`) {
		t.Errorf("config line %q", line)
	}
	back, err := ParsePublicKey(strings.Trim(strings.TrimPrefix(line, "fleet_key = "), `"`))
	if err != nil || !back.Equal(pub) {
		t.Errorf("ParsePublicKey(%q): %v %v", line, back, err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, PrivateKeyFile))
	if _, err := Keygen(dir); err == nil || !strings.Contains(err.Error(), "exists") {
		t.Errorf("second Keygen: %v, want a refusal", err)
	}
	after, _ := os.ReadFile(filepath.Join(dir, PrivateKeyFile))
	if string(before) != string(after) {
		t.Error("the second Keygen changed the private key")
	}
}

func TestBadKeys(t *testing.T) {
	dir := t.TempDir()
	pub, keyFile := keys(t)
	pubPEM, _ := os.ReadFile(filepath.Join(filepath.Dir(keyFile), PublicKeyFile))
	files := map[string]string{
		"garbage":        "not a key at all\n",
		"empty":          "",
		"public as priv": string(pubPEM),
		"truncated PEM":  "-----BEGIN PRIVATE KEY-----\nMC4CAQAw\n-----END PRIVATE KEY-----\n",
		"huge":           strings.Repeat("A", maxKeyFile+10),
	}
	for name, body := range files {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(name, " ", "-"))
			os.WriteFile(p, []byte(body), 0o600)
			if _, err := LoadPrivateKey(p); err == nil || !strings.Contains(err.Error(), p) {
				t.Errorf("LoadPrivateKey: %v, want an error naming %s", err, p)
			}
		})
	}
	if _, err := LoadPrivateKey(filepath.Join(dir, "missing.key")); err == nil {
		t.Error("a missing key file loaded")
	}
	for _, s := range []string{"", "ed25519:", "ed25519:AAAA", "rsa:" + pub.String()[8:], pub.String() + "AA", "ed25519:!!!"} {
		if _, err := ParsePublicKey(s); err == nil {
			t.Errorf("ParsePublicKey(%q) accepted it", s)
		}
	}
}
