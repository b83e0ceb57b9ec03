package dev.paydesk.rest.problem;

/** A failure the API layer detects itself (missing checkout, bad header) carrying its problem. */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
