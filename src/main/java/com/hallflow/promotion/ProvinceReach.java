package com.hallflow.promotion;

/**
 * One cell of the planner's packages × provinces matrix: of a province's {@code branches}
 * open branches, how many offer the package at the matrix's instant (see
 * {@link ReachMatrix}).
 */
public record ProvinceReach(int reached, int branches) {

	public static final ProvinceReach NONE = new ProvinceReach(0, 0);

	/** How much of the province a package reaches. */
	public enum Coverage {

		/** Every open branch of the province offers it (and there is at least one). */
		ALL,
		/** Some open branches offer it, not all. */
		SOME,
		/** No branch of the province offers it. */
		NONE

	}

	public ProvinceReach {
		if (reached < 0 || reached > branches) {
			throw new IllegalArgumentException("reached " + reached + " of " + branches);
		}
	}

	public Coverage coverage() {
		return reached == 0 ? Coverage.NONE : reached == branches ? Coverage.ALL : Coverage.SOME;
	}
}
