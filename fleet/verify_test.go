package fleet

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ningbomap/bundle"
)

func TestVerify(t *testing.T) {
	pub, keyFile := keys(t)
	_, otherKey := keys(t)
	src := exhibition(t, 42)
	fleetDir := t.TempDir()
	good := publishAt(t, src, fleetDir, keyFile, epoch)
	if b, err := Verify(good, pub); err != nil || b.File != filepath.Base(good) || !b.Published.Equal(epoch) || len(b.Hash) != 64 {
		t.Fatalf("Verify(good) = %+v, %v", b, err)
	}
	if !strings.Contains(filepath.Base(good), "20251126T140307Z-") {
		t.Errorf("name %s lacks the time", filepath.Base(good))
	}
	// bundle.Verify and bundle.Install know nothing of the signature and take
	// the signed bundle as it is.
	if err := bundle.Verify(good); err != nil {
		t.Fatalf("bundle.Verify(signed): %v", err)
	}
	goodBytes, _ := os.ReadFile(good)

	dir := t.TempDir()
	cases := []struct {
		name   string
		make   func(p string)
		reason string
	}{
		{"unsigned", func(p string) {
			if err := bundle.Write(src, p); err != nil {
				t.Fatal(err)
			}
		}, ReasonUnsigned},
		{"signed by another key", func(p string) {
			other := publishAt(t, src, t.TempDir(), otherKey, epoch)
			b, _ := os.ReadFile(other)
			os.WriteFile(p, b, 0o644)
		}, ReasonUnknownKey},
		{"a byte changed in a layer", func(p string) {
			rewrite(t, good, p, func(name string, body []byte) []byte {
				if strings.HasSuffix(name, ".geojson") {
					body = bytes.Replace(body, []byte("42"), []byte("43"), 1)
				}
				return body
			}, nil)
		}, ReasonChecksum},
		{"a file added", func(p string) {
			rewrite(t, good, p, nil, map[string]string{"extra.geojson": `{"type":"FeatureCollection","features":[]}`})
		}, ReasonContents},
		{"a file removed", func(p string) {
			removed := false
			rewrite(t, good, p, func(name string, body []byte) []byte {
				if name != bundle.ManifestName && !removed {
					removed = true
					return nil
				}
				return body
			}, nil)
		}, ReasonContents},
		{"the manifest edited", func(p string) {
			rewrite(t, good, p, func(name string, body []byte) []byte {
				if name == bundle.ManifestName {
					return bytes.Replace(body, []byte(`"size"`), []byte(`"size" `), 1)
				}
				return body
			}, nil)
		}, ReasonBadSignature},
		{"the signature block edited", func(p string) {
			b := bytes.Replace(goodBytes, []byte("published 2025-11-26T14:03:07Z"), []byte("published 2025-11-26T14:03:08Z"), 1)
			os.WriteFile(p, b, 0o644)
		}, ReasonBadSignature},
		{"a signature byte flipped", func(p string) {
			b := append([]byte(nil), goodBytes...)
			i := bytes.LastIndex(b, []byte("signature ")) + len("signature ") + 5
			b[i] = 'A' + (b[i]-'A'+1)%26
			os.WriteFile(p, b, 0o644)
		}, ReasonBadSignature},
		{"truncated", func(p string) { os.WriteFile(p, goodBytes[:len(goodBytes)/2], 0o644) }, ReasonBroken},
		{"half synced: the end missing", func(p string) { os.WriteFile(p, goodBytes[:len(goodBytes)-40], 0o644) }, ReasonBroken},
		{"empty", func(p string) { os.WriteFile(p, nil, 0o644) }, ReasonBroken},
		{"not a zip", func(p string) { os.WriteFile(p, []byte("hello"), 0o644) }, ReasonBroken},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".zip")
			tc.make(p)
			_, err := Verify(p, pub)
			var re *RefusedError
			if !errors.As(err, &re) {
				t.Fatalf("Verify: %v, want a *RefusedError", err)
			}
			if re.Reason != tc.reason || re.File != filepath.Base(p) {
				t.Errorf("refused %s for %q, want %s for %q: %v", re.File, re.Reason, filepath.Base(p), tc.reason, err)
			}
		})
	}
}

func FuzzParseSignature(f *testing.F) {
	_, keyFile := keys(f)
	priv, err := LoadPrivateKey(keyFile)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sign(priv, []byte("{}"), epoch).comment())
	f.Add(signatureMagic + "\nkey x\npublished y\nsignature z\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, comment string) {
		s, err := parseSignature(comment)
		if err != nil {
			return
		}
		if s.comment() != comment {
			t.Fatalf("parsed %q but prints back %q", comment, s.comment())
		}
	})
}
