package sharestore

import "go.etcd.io/bbolt"

// DeleteConfig erases the key share stored under name (no error when there is
// none). bbolt reuses the freed pages; the sealed record was encrypted at rest.
func (s *Store) DeleteConfig(name string) error { return s.deleteIn(bucketConfigs, name) }

// ConfigNames lists the names of the stored key shares.
func (s *Store) ConfigNames() ([]string, error) { return s.namesIn(bucketConfigs) }

// DeleteEncKey erases the encryption key share stored under name (no error
// when there is none).
func (s *Store) DeleteEncKey(name string) error { return s.deleteIn(bucketEncKeys, name) }

// EncKeyNames lists the names of the stored encryption key shares.
func (s *Store) EncKeyNames() ([]string, error) { return s.namesIn(bucketEncKeys) }

func (s *Store) deleteIn(bucket []byte, name string) error {
	if err := checkName(name); err != nil {
		return err
	}
	return s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucket)
		if b == nil {
			return nil
		}
		return b.Delete([]byte(name))
	})
}

func (s *Store) namesIn(bucket []byte) ([]string, error) {
	var out []string
	err := s.db.View(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucket)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, _ []byte) error {
			out = append(out, string(k))
			return nil
		})
	})
	return out, err
}
