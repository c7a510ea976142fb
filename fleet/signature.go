package fleet

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
)

// A signed bundle is one zip file, so that a sync tool's write-then-rename
// delivers it whole: an ordinary bundle (files, manifest.json with each
// file's size and SHA-256) whose zip comment, the free text at the end of
// every zip file, is the signature block:
//
//	ningbomap-fleet-signature/1
//	key ed25519:BASE64
//	published 2025-11-26T14:03:07Z
//	signature BASE64
//
// The signature is Ed25519 over the block's first three lines (newlines
// included) followed by the manifest's bytes exactly as stored. The manifest
// covers every file by size and hash, and bundle.Install refuses any file
// the manifest does not list, so the signature covers the whole exhibition;
// the signed time orders bundles and keeps a kiosk from going back to an
// older one. Readers that know nothing of signatures (bundle.Install, any
// unzip tool) ignore the comment.

// signatureMagic is the first line of a signature block.
const signatureMagic = "ningbomap-fleet-signature/1"

// maxManifest is the largest manifest read to check a signature: 10,000
// files at about 150 bytes each.
const maxManifest = 4 << 20

// Reasons a bundle is refused, as they appear in a kiosk's status.
const (
	ReasonUnsigned     = "unsigned"      // no signature block
	ReasonUnknownKey   = "unknown key"   // signed, by a key that is not the fleet's
	ReasonBadSignature = "bad signature" // the signature does not match (the manifest or the block was changed)
	ReasonChecksum     = "checksum"      // a file differs from the manifest's size or hash
	ReasonContents     = "contents"      // a file missing from, or added to, what the manifest lists
	ReasonBroken       = "broken"        // not a readable bundle: truncated, or not a zip at all
	ReasonInstall      = "install"       // good bundle, but it could not be installed (its layers, the disk)
	ReasonConflict     = "conflict copy" // a sync conflict copy, ignored
)

// Sentinel errors for the reasons; a *RefusedError wraps one.
var (
	ErrUnsigned     = errors.New("the bundle is not signed")
	ErrUnknownKey   = errors.New("signed by a key that is not the fleet's key")
	ErrBadSignature = errors.New("the signature does not match the bundle's manifest")
	ErrBroken       = errors.New("not a readable bundle")
)

// signature is a parsed signature block.
type signature struct {
	Key       PublicKey
	Published time.Time // UTC, to the second
	Sig       []byte
}

// signedPart is the text the signature covers before the manifest.
func (s signature) signedPart() string {
	return signatureMagic + "\nkey " + s.Key.String() + "\npublished " + s.Published.UTC().Format(time.RFC3339) + "\n"
}

// comment is the block as stored in the zip comment.
func (s signature) comment() string {
	return s.signedPart() + "signature " + base64.StdEncoding.EncodeToString(s.Sig) + "\n"
}

// message is what is signed: the block's first lines and the manifest.
func (s signature) message(manifest []byte) []byte {
	return append([]byte(s.signedPart()), manifest...)
}

// sign makes the signature block of manifest, published at t.
func sign(priv ed25519.PrivateKey, manifest []byte, t time.Time) signature {
	s := signature{Key: PublicKey(priv.Public().(ed25519.PublicKey)), Published: t.UTC().Truncate(time.Second)}
	s.Sig = ed25519.Sign(priv, s.message(manifest))
	return s
}

// parseSignature reads a zip comment; ErrUnsigned when it holds no block,
// ErrBadSignature when the block is damaged.
func parseSignature(comment string) (signature, error) {
	if !strings.HasPrefix(comment, signatureMagic+"\n") {
		return signature{}, ErrUnsigned
	}
	lines := strings.Split(strings.TrimSuffix(comment, "\n"), "\n")
	bad := func(what string) (signature, error) {
		return signature{}, fmt.Errorf("%w: damaged signature block (%s)", ErrBadSignature, what)
	}
	if len(lines) != 4 {
		return bad(fmt.Sprintf("%d lines, want 4", len(lines)))
	}
	var s signature
	var err error
	keyText, ok := strings.CutPrefix(lines[1], "key ")
	if !ok {
		return bad("no key line")
	}
	if s.Key, err = ParsePublicKey(keyText); err != nil {
		return bad("key")
	}
	when, ok := strings.CutPrefix(lines[2], "published ")
	if !ok {
		return bad("no published line")
	}
	if s.Published, err = time.Parse(time.RFC3339, when); err != nil {
		return bad("published time")
	}
	sigText, ok := strings.CutPrefix(lines[3], "signature ")
	if !ok {
		return bad("no signature line")
	}
	if s.Sig, err = base64.StdEncoding.DecodeString(sigText); err != nil || len(s.Sig) != ed25519.SignatureSize {
		return bad("signature")
	}
	if s.comment() != comment {
		return bad("not in its canonical form")
	}
	return s, nil
}

// check verifies the signature over manifest against the fleet's key.
func (s signature) check(key PublicKey, manifest []byte) error {
	if !s.Key.Equal(key) {
		return fmt.Errorf("%w (signed by %s, the kiosk trusts %s)", ErrUnknownKey, s.Key, key)
	}
	if !ed25519.Verify(ed25519.PublicKey(key), s.message(manifest), s.Sig) {
		return ErrBadSignature
	}
	return nil
}

// ContentHash is the hex SHA-256 of a manifest's bytes: two bundles with the
// same hash carry the same files.
func ContentHash(manifest []byte) string {
	h := sha256.Sum256(manifest)
	return hex.EncodeToString(h[:])
}
