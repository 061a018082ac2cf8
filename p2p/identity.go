package p2p

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/libp2p/go-libp2p/core/crypto"
)

// maxIdentityFile caps the identity key file read from disk.
const maxIdentityFile = 4 << 10

// LoadOrCreateIdentity returns the libp2p identity key stored at path. On
// first start it creates an Ed25519 key and writes it with mode 0600 (the
// directory is created with 0700). It refuses a key file that other users
// can read or write.
func LoadOrCreateIdentity(path string) (crypto.PrivKey, error) {
	if path == "" {
		return nil, errors.New("identity: empty key file path")
	}
	f, err := os.Open(path)
	switch {
	case err == nil:
		defer f.Close()
		return readIdentity(f, path)
	case errors.Is(err, fs.ErrNotExist):
		return createIdentity(path)
	default:
		return nil, fmt.Errorf("identity: open %s: %w", path, err)
	}
}

func readIdentity(f *os.File, path string) (crypto.PrivKey, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("identity: stat %s: %w", path, err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("identity: %s is not a regular file", path)
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		return nil, fmt.Errorf("identity: key file %s has mode %#o; it must not be accessible by group or others (chmod 600)", path, perm)
	}
	raw, err := io.ReadAll(io.LimitReader(f, maxIdentityFile+1))
	if err != nil {
		return nil, fmt.Errorf("identity: read %s: %w", path, err)
	}
	if len(raw) > maxIdentityFile {
		return nil, fmt.Errorf("identity: key file %s is larger than %d bytes", path, maxIdentityFile)
	}
	sk, err := crypto.UnmarshalPrivateKey(raw)
	if err != nil {
		// The parse error never contains key bytes.
		return nil, fmt.Errorf("identity: key file %s is not a libp2p private key: %w", path, err)
	}
	return sk, nil
}

func createIdentity(path string) (crypto.PrivKey, error) {
	sk, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("identity: generate key: %w", err)
	}
	raw, err := crypto.MarshalPrivateKey(sk)
	if err != nil {
		return nil, fmt.Errorf("identity: marshal key: %w", err)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("identity: create directory %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, ".identity-*")
	if err != nil {
		return nil, fmt.Errorf("identity: create temporary file in %s: %w", dir, err)
	}
	tmpName := tmp.Name()
	defer os.Remove(tmpName) // no-op after the rename
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("identity: chmod %s: %w", tmpName, err)
	}
	if _, err := tmp.Write(raw); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("identity: write %s: %w", tmpName, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("identity: sync %s: %w", tmpName, err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("identity: close %s: %w", tmpName, err)
	}
	// Link fails if another process created the key meanwhile: never
	// overwrite an existing identity.
	if err := os.Link(tmpName, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return LoadOrCreateIdentity(path)
		}
		return nil, fmt.Errorf("identity: install key file %s: %w", path, err)
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return sk, nil
}
