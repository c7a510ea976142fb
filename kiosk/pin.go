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

// PIN lengths accepted by HashPIN. Six digits is the least that the lockout
// (see Lock) makes impractical to guess by hand at a kiosk.
const (
	MinPINDigits = 6
	MaxPINDigits = 12
)

// LegacyMinPINDigits is the shortest PIN CheckPIN still accepts: hashes made
// when four-digit PINs were allowed keep working, and a Lock opened with such a
// PIN says so (Result.ShortPIN), so staff can be told to make a new one.
const LegacyMinPINDigits = 4

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

// ValidatePIN checks that pin is MinPINDigits (6) to MaxPINDigits (12)
// digits, and says why not.
func ValidatePIN(pin string) error {
	if strings.Trim(pin, "0123456789") != "" {
		return fmt.Errorf("a PIN has digits only (0 to 9), %d to %d of them", MinPINDigits, MaxPINDigits)
	}
	switch n := len(pin); {
	case n < MinPINDigits:
		return fmt.Errorf("a PIN has %d to %d digits, not %d: a shorter one could be guessed by hand, "+
			"despite the waits after wrong PINs", MinPINDigits, MaxPINDigits, n)
	case n > MaxPINDigits:
		return fmt.Errorf("a PIN has %d to %d digits, not %d: a longer one is hard to type on the pad",
			MinPINDigits, MaxPINDigits, n)
	}
	return nil
}

// checkablePIN reports whether CheckPIN may check pin: LegacyMinPINDigits to
// MaxPINDigits digits.
func checkablePIN(pin string) bool {
	return len(pin) >= LegacyMinPINDigits && len(pin) <= MaxPINDigits && strings.Trim(pin, "0123456789") == ""
}

// HashPIN hashes pin (6 to 12 digits) with Argon2id and a fresh random salt,
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
	return deriveHash(pin, p, rnd)
}

// deriveHash hashes pin, unchecked, with the parameters of p and a salt of p's
// length from rnd.
func deriveHash(pin string, p kdf, rnd io.Reader) (string, error) {
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
// that is not LegacyMinPINDigits (4) to MaxPINDigits (12) digits, never
// matches.
func CheckPIN(hash, pin string) bool {
	h, err := parseHash(hash)
	pin = normalisePIN(pin)
	if err != nil || !checkablePIN(pin) {
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
