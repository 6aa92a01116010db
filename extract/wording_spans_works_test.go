package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// spanCases are invented sentences whose names run into each other over
// "and" or a hyphen, and titles of works and bands that read as bodies,
// places or people.
var spanCases = []wordingCase{
	{
		name:   "a person's full name before \"and\" ends there, and the body after it is one of its own",
		text:   "The minister met Federal Reserve Board chairman Tom Darrow and International Monetary Fund managing director Henri Lavelle on Monday.",
		ents:   map[string]newsgraph.EntityType{"Tom Darrow": newsgraph.Person, "International Monetary Fund": newsgraph.Organization},
		absent: []string{"Tom Darrow and International Monetary Fund"},
	},
	{
		name:   "a nationality after \"and\" qualifies the noun after it, not the bank before",
		text:   "Talks between Bank of Utah and Philippine investors stalled on Monday.",
		ents:   map[string]newsgraph.EntityType{"Bank of Utah": newsgraph.Organization},
		absent: []string{"Bank of Utah and Philippine"},
	},
	{
		name:   "a nationality after \"and\" after a firm's name is no part of it",
		text:   "Kestrel Bank and Philippine mining firms signed the loan.",
		ents:   map[string]newsgraph.EntityType{"Kestrel Bank": newsgraph.Organization},
		absent: []string{"Kestrel Bank and Philippine"},
	},
	{
		name:   "a German compound whose head is elided before \"und\" is one bank",
		text:   "Castor Handels- und Kreditbank economist Lena Vogt said rates would fall in the spring.",
		ents:   map[string]newsgraph.EntityType{"Castor Handels- und Kreditbank": newsgraph.Organization, "Lena Vogt": newsgraph.Person},
		absent: []string{"Kreditbank", "Castor Handels"},
	},
	{
		name: "an actor's roles in films are works, listed with \"and\"",
		text: "Kate Vell has two nods for her roles in Quiet Fields and Broken Anchor, and one for her role in Silent Harbour.",
		ents: map[string]newsgraph.EntityType{"Quiet Fields": newsgraph.Other, "Broken Anchor": newsgraph.Other, "Silent Harbour": newsgraph.Other, "Kate Vell": newsgraph.Person},
	},
	{
		name: "a film's and an album's titles after their nouns are works",
		text: "It is up against the British film Copper Sky. Her album Paper Kites sold a million copies.",
		ents: map[string]newsgraph.EntityType{"Copper Sky": newsgraph.Other, "Paper Kites": newsgraph.Other},
	},
	{
		name: "what nominees are up for, in a sentence of awards, is a work",
		text: "Other nominees in the category include Lisa Marne for Driftwood and Ana Bell for House of Lanterns.",
		ents: map[string]newsgraph.EntityType{"Driftwood": newsgraph.Other, "House of Lanterns": newsgraph.Other, "Lisa Marne": newsgraph.Person},
	},
	{
		name: "an awards ceremony is no body",
		text: "The Orange Castor Academy Film Awards will be shown on television at 2010 GMT.",
		ents: map[string]newsgraph.EntityType{"Orange Castor Academy Film Awards": newsgraph.Other},
	},
	{
		name: "a band named like a person is a body, everywhere the story names it",
		text: "Scottish rock band Oscar Kellan, who rose to fame in 2004, have won two awards. With their debut album, Oscar Kellan have sold well across Europe.",
		ents: map[string]newsgraph.EntityType{"Oscar Kellan": newsgraph.Organization},
	},
	// negatives: names with "and" inside stay whole, and places and
	// bodies after a part's or a film's words stay what they are
	{
		name:   "a committee with \"and\" inside stays one",
		text:   "Tom Darrow, chairman of the House Ways and Means Committee, spoke to reporters.",
		ents:   map[string]newsgraph.EntityType{"House Ways and Means Committee": newsgraph.Organization, "Tom Darrow": newsgraph.Person},
		absent: []string{"Means"},
	},
	{
		name: "a country named with \"and\" stays one",
		text: "Officials from Trinidad and Tobago met the delegation in Lima on Monday.",
		ents: map[string]newsgraph.EntityType{"Trinidad and Tobago": newsgraph.GPE},
	},
	{
		name: "a role in a place's politics leaves the place a place",
		text: "Her role in Iraq was debated. He played a role in Velmora politics for years.",
		ents: map[string]newsgraph.EntityType{"Iraq": newsgraph.GPE},
	},
	{
		name:  "a bank before \"and\" and a people's word stays the bank",
		text:  "Bids came from Kestrel Bank and Ruritanian investors, officials said.",
		ents:  map[string]newsgraph.EntityType{"Kestrel Bank": newsgraph.Organization},
		noEnt: []string{"Kestrel Bank and"},
	},
}

func TestWordingSpansAndWorks(t *testing.T) { runWording(t, spanCases) }
