package kiosk

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// RunHashPIN asks for a staff PIN twice on stdin, and prints to stdout the
// pin_hash line to paste into the configuration file (behind
// "ningbomap kiosk-pin"). The PIN is echoed when typed at a terminal; only its
// hash is printed and stored.
func RunHashPIN(stdin io.Reader, stdout io.Writer) error {
	return runHashPIN(stdin, stdout, HashPIN)
}

// runHashPIN is RunHashPIN with the hash function given.
func runHashPIN(stdin io.Reader, stdout io.Writer, hashPIN func(string) (string, error)) error {
	in := bufio.NewScanner(stdin)
	read := func(prompt string) (string, error) {
		fmt.Fprint(stdout, prompt)
		if !in.Scan() {
			if err := in.Err(); err != nil {
				return "", fmt.Errorf("reading the PIN: %w", err)
			}
			return "", errors.New("no PIN given")
		}
		return normalisePIN(in.Text()), nil
	}
	pin, err := read(fmt.Sprintf("Staff PIN (%d to %d digits): ", MinPINDigits, MaxPINDigits))
	if err != nil {
		return err
	}
	if err := ValidatePIN(pin); err != nil {
		return err
	}
	again, err := read("The same PIN again: ")
	if err != nil {
		return err
	}
	if again != pin {
		return errors.New("the two PINs differ; nothing was made")
	}
	hash, err := hashPIN(pin)
	if err != nil {
		return err
	}
	path := DefaultPath()
	if path == "" {
		path = "the kiosk configuration file"
	}
	_, err = fmt.Fprintf(stdout, "\n# Paste this line into %s:\npin_hash = %q\n", path, hash)
	return err
}
