/** A profile in the reports' style whose text and aliases try to break out of the review page. */
export const HOSTILE_PROFILE = `Country Report on Terrorism 2021 - Chapter 5 - Testland Liberation Front (TLF)

Aka </script><img src=x onerror="document.title='pwned'">; Front for <b>Testland</b>

Description:  The Testland Liberation Front (TLF) was designated as an FTO on March 3, 2015.  TLF was founded in 2009.  TLF is led by Omar al-Testi.  Its manifesto reads </script><script>document.title='pwned'</script> and <img src=x onerror="document.title='pwned'">.

Activities:  In June 2021, TLF claimed responsibility for a bombing in Testville, Mali, that killed 12 people and wounded 30 others.  In 2020, TLF fighters held 45 positions along the border.

Strength:  TLF is estimated to have between 300 and 500 fighters.

Location/Area of Operation:  Mali and Niger

Funding and External Aid:  TLF receives funding through kidnapping for ransom and extortion.
`;
