package kiosk

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/crypto/argon2"
)

// PIN lengths accepted by HashPIN and CheckPIN.
const (
	MinPINDigits = 4
	MaxPINDigits = 12
)

// kdf holds the Argon2id parameters and outputs of one PIN hash. As
// parameters for a new hash (defaultKDF), only the lengths of salt and key
// count.
type kdf struct {
	memory  uint32 // KiB
	time    uint32 // passes
	threads uint8
	salt    []byte
	key     []byte
}

// defaultKDF are the parameters of new hashes: RFC 9106's second
// recommended option (64 MiB, 3 passes) with 2 lanes, about a tenth of a
// second on a desktop processor and under a second on a small board.
var defaultKDF = kdf{memory: 64 * 1024, time: 3, threads: 2, salt: make([]byte, 16), key: make([]byte, 32)}

// Limits on parameters read back from a hash, so that an edited
// configuration cannot make a PIN check take gigabytes or minutes.
const (
	maxMemory  = 1 << 20 // KiB: 1 GiB
	maxPasses  = 64
	minSaltLen = 8
	minKeyLen  = 16
	maxLen     = 64
)

// ValidatePIN checks that pin is 4 to 12 digits.
func ValidatePIN(pin string) error {
	n := len(pin)
	if n < MinPINDigits || n > MaxPINDigits {
		return fmt.Errorf("a PIN has %d to %d digits, not %d", MinPINDigits, MaxPINDigits, n)
	}
	if strings.Trim(pin, "0123456789") != "" {
		return errors.New("a PIN has digits only")
	}
	return nil
}

// HashPIN hashes pin (4 to 12 digits) with Argon2id and a fresh random salt,
// and returns the self-describing PHC string to store as pin_hash:
// "$argon2id$v=19$m=65536,t=3,p=2$<salt>$<hash>" (unpadded base64).
func HashPIN(pin string) (string, error) {
	return hashPIN(pin, defaultKDF, rand.Reader)
}

// hashPIN hashes pin with the parameters of p and a salt of p's length from rnd.
func hashPIN(pin string, p kdf, rnd io.Reader) (string, error) {
	pin = normalisePIN(pin)
	if err := ValidatePIN(pin); err != nil {
		return "", err
	}
	salt := make([]byte, len(p.salt))
	if _, err := io.ReadFull(rnd, salt); err != nil {
		return "", fmt.Errorf("pin salt: %w", err)
	}
	key := argon2.IDKey([]byte(pin), salt, p.time, p.memory, p.threads, uint32(len(p.key)))
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version,
		p.memory, p.time, p.threads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// CheckPIN reports whether pin matches hash, a string made by HashPIN. The
// hashes are compared in constant time. A malformed or empty hash, or a pin
// that is not 4 to 12 digits, never matches.
func CheckPIN(hash, pin string) bool {
	h, err := parseHash(hash)
	pin = normalisePIN(pin)
	if err != nil || ValidatePIN(pin) != nil {
		return false
	}
	key := argon2.IDKey([]byte(pin), h.salt, h.time, h.memory, h.threads, uint32(len(h.key)))
	return subtle.ConstantTimeCompare(key, h.key) == 1
}

// parseHash reads a PHC-format Argon2id string and checks its parameters.
func parseHash(s string) (kdf, error) {
	var h kdf
	parts := strings.Split(s, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return h, errors.New(`not an Argon2id hash of the form "$argon2id$v=19$m=…,t=…,p=…$salt$hash"`)
	}
	var v int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &v); err != nil || v != argon2.Version {
		return h, fmt.Errorf("argon2 version %q: want v=%d", parts[2], argon2.Version)
	}
	var threads uint32
	if n, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &h.memory, &h.time, &threads); err != nil || n != 3 ||
		fmt.Sprintf("m=%d,t=%d,p=%d", h.memory, h.time, threads) != parts[3] {
		return h, fmt.Errorf("argon2 parameters %q: want m=KiB,t=passes,p=lanes", parts[3])
	}
	switch {
	case threads < 1 || threads > 255:
		return h, fmt.Errorf("argon2 lanes p=%d: want 1 to 255", threads)
	case h.time < 1 || h.time > maxPasses:
		return h, fmt.Errorf("argon2 passes t=%d: want 1 to %d", h.time, maxPasses)
	case h.memory < 8*threads || h.memory > maxMemory:
		return h, fmt.Errorf("argon2 memory m=%d KiB: want %d to %d", h.memory, 8*threads, maxMemory)
	}
	h.threads = uint8(threads)
	var err1, err2 error
	h.salt, err1 = base64.RawStdEncoding.Strict().DecodeString(parts[4])
	h.key, err2 = base64.RawStdEncoding.Strict().DecodeString(parts[5])
	switch {
	case err1 != nil || len(h.salt) < minSaltLen || len(h.salt) > maxLen:
		return h, fmt.Errorf("argon2 salt: want %d to %d bytes of unpadded base64", minSaltLen, maxLen)
	case err2 != nil || len(h.key) < minKeyLen || len(h.key) > maxLen:
		return h, fmt.Errorf("argon2 hash: want %d to %d bytes of unpadded base64", minKeyLen, maxLen)
	}
	return h, nil
}

// normalisePIN trims white space and turns full-width digits (typed with a
// Chinese input method) into ASCII ones.
func normalisePIN(pin string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return '0' + (r - '０')
		}
		return r
	}, strings.TrimSpace(pin))
}
