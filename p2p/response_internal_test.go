package p2p

import (
	"errors"
	"testing"
)

// TestEncodeResponseRoundTrip: what EncodeResponse writes, Call's decoder
// reads back: the result, or the error with its code and culprit.
func TestEncodeResponseRoundTrip(t *testing.T) {
	type result struct {
		Accepted bool `json:"accepted"`
	}
	body, err := EncodeResponse(&result{Accepted: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeResponse[result](body)
	if err != nil || !got.Accepted {
		t.Fatalf("result: %+v, %v (%s)", got, err, body)
	}
	// An error wins over a result.
	body, err = EncodeResponse(&result{Accepted: true}, BadCoordination("2", "silent signer"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = decodeResponse[result](body)
	var pe *Error
	if !errors.As(err, &pe) || pe.Code != CodeBadCoordination || pe.Culprit != "2" || pe.Message != "silent signer" {
		t.Fatalf("error: %v (%s)", err, body)
	}
	if _, err := EncodeResponse(func() {}, nil); err == nil {
		t.Fatal("a result that does not marshal was encoded")
	}
}
