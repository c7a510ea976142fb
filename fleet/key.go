package fleet

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"ningbomap/atomicfile"
)

// Key files made by Keygen in its folder.
const (
	PrivateKeyFile = "fleet.key" // PKCS #8, PEM; mode 0600
	PublicKeyFile  = "fleet.pub" // PKIX, PEM
)

// keyPrefix starts the text form of a public key (the fleet_key setting).
const keyPrefix = "ed25519:"

// maxKeyFile is the largest key file read: a PEM Ed25519 key is about 120 bytes.
const maxKeyFile = 16 << 10

// PublicKey is the key kiosks check signatures with.
type PublicKey ed25519.PublicKey

// String is the key's text form, "ed25519:" and the 32 bytes in base64, as
// the kiosk configuration's fleet_key holds it.
func (k PublicKey) String() string { return keyPrefix + base64.StdEncoding.EncodeToString(k) }

// ConfigLine is the line to put in each kiosk's configuration.
func (k PublicKey) ConfigLine() string { return fmt.Sprintf("fleet_key = %q", k.String()) }

// Equal reports whether k and o are the same key.
func (k PublicKey) Equal(o PublicKey) bool { return ed25519.PublicKey(k).Equal(ed25519.PublicKey(o)) }

// ParsePublicKey reads the text form of a key ("ed25519:BASE64").
func ParsePublicKey(s string) (PublicKey, error) {
	b64, ok := strings.CutPrefix(strings.TrimSpace(s), keyPrefix)
	if !ok {
		return nil, fmt.Errorf("fleet key %q: want \"ed25519:\" and the key in base64, as \"ningbomap fleet keygen\" prints it", clip(s))
	}
	b, err := base64.StdEncoding.DecodeString(b64)
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("fleet key %q: want %d bytes in base64, as \"ningbomap fleet keygen\" prints it", clip(s), ed25519.PublicKeySize)
	}
	return PublicKey(b), nil
}

// Keygen makes a new key pair in dir: PrivateKeyFile, readable by its owner
// only, and PublicKeyFile. It refuses to replace an existing private key (a
// lost key would orphan every kiosk configured with it) and returns the
// public key.
func Keygen(dir string) (PublicKey, error) {
	return keygen(dir, rand.Reader)
}

func keygen(dir string, random io.Reader) (PublicKey, error) {
	pub, priv, err := ed25519.GenerateKey(random)
	if err != nil {
		return nil, fmt.Errorf("fleet keygen: %w", err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		return nil, fmt.Errorf("fleet keygen: %w", err)
	}
	pubDER, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		return nil, fmt.Errorf("fleet keygen: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("fleet keygen: %w", err)
	}
	keyPath := filepath.Join(dir, PrivateKeyFile)
	// O_EXCL: never replace a key, even one made a moment ago by another run.
	f, err := os.OpenFile(keyPath, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return nil, fmt.Errorf("fleet keygen: %s exists: a fleet keeps its key (move it away first to make a new one, and configure every kiosk with the new fleet_key)", keyPath)
	}
	if err != nil {
		return nil, fmt.Errorf("fleet keygen: %w", err)
	}
	err = pem.Encode(f, &pem.Block{Type: "PRIVATE KEY", Bytes: der})
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(keyPath)
		return nil, fmt.Errorf("fleet keygen: %s: %w", keyPath, err)
	}
	pubPEM := pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pubDER})
	if err := atomicfile.WriteFile(filepath.Join(dir, PublicKeyFile), pubPEM, 0o644); err != nil {
		return nil, fmt.Errorf("fleet keygen: %w", err)
	}
	return PublicKey(pub), nil
}

// LoadPrivateKey reads a private key file made by Keygen.
func LoadPrivateKey(path string) (ed25519.PrivateKey, error) {
	b, err := readSmall(path, maxKeyFile)
	if err != nil {
		return nil, fmt.Errorf("fleet key: %w", err)
	}
	blk, _ := pem.Decode(b)
	if blk == nil || blk.Type != "PRIVATE KEY" {
		return nil, fmt.Errorf("fleet key: %s is not a private key file made by \"ningbomap fleet keygen\" (no PEM PRIVATE KEY block)", path)
	}
	k, err := x509.ParsePKCS8PrivateKey(blk.Bytes)
	if err != nil {
		return nil, fmt.Errorf("fleet key: %s: %w", path, err)
	}
	priv, ok := k.(ed25519.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("fleet key: %s holds a %T, want an Ed25519 key", path, k)
	}
	return priv, nil
}

// LoadPublicKey reads a public key file made by Keygen, or a file holding the
// key's text form (a fleet_key value).
func LoadPublicKey(path string) (PublicKey, error) {
	b, err := readSmall(path, maxKeyFile)
	if err != nil {
		return nil, fmt.Errorf("fleet key: %w", err)
	}
	blk, _ := pem.Decode(b)
	if blk == nil {
		k, err := ParsePublicKey(string(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return k, nil
	}
	if blk.Type != "PUBLIC KEY" {
		return nil, fmt.Errorf("fleet key: %s holds a PEM %s block, want PUBLIC KEY", path, blk.Type)
	}
	k, err := x509.ParsePKIXPublicKey(blk.Bytes)
	if err != nil {
		return nil, fmt.Errorf("fleet key: %s: %w", path, err)
	}
	pub, ok := k.(ed25519.PublicKey)
	if !ok {
		return nil, fmt.Errorf("fleet key: %s holds a %T, want an Ed25519 key", path, k)
	}
	return PublicKey(pub), nil
}

// readSmall reads a file of at most limit bytes.
func readSmall(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, limit)
	}
	return b, nil
}

// clip shortens s for a message.
func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}
