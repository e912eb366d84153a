"""Attrition - two FLAML configurations compared on a validation split.

Split 60/20/20 (stratified). The configuration is chosen on validation accuracy; the test
part is scored once, after the choice.
"""
import pandas as pd
from flaml import AutoML
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

SEED = 4
TARGET = "left_company"

CONFIGS = {
    "bagged_trees": {"estimator_list": ["rf", "extra_tree"]},
    "boosting": {"estimator_list": ["lgbm", "xgboost", "catboost"]},
}


def build_X(df):
    # exit_interview_score would make this trivial (it is only recorded for people who already resigned):
    # X["exit_interview_score"] = df["exit_interview_score"]
    X = df.drop(columns=["employee_id", TARGET, "exit_interview_score", "offboarding_ticket_open"], errors="ignore")
    X["hours_per_project"] = X["avg_monthly_hours"] / X["projects"].clip(lower=1)
    X["stagnant"] = ((X["tenure_years"] > 4) & (X["promoted_last_3y"] == 0)).astype(int)
    return X


def check_submission(path, ids, id_col):
    """Basic sanity checks on the file the platform will score."""
    out = pd.read_csv(path)
    assert list(out.columns) == [id_col, "prediction"], out.columns
    assert len(out) == len(ids) and out[id_col].is_unique
    assert set(out[id_col]) == set(ids)
    assert out["prediction"].notna().all()
    print(f"{path}: {len(out)} rows, prediction range {out['prediction'].min():.3f}..{out['prediction'].max():.3f}")


def main():
    df = pd.read_csv("train.csv")
    new = pd.read_csv("test.csv")
    print(df.shape, "attrition rate:", round(df[TARGET].mean(), 3))

    X, y = build_X(df), df[TARGET]
    X_rest, X_test, y_rest, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
    X_tr, X_va, y_tr, y_va = train_test_split(X_rest, y_rest, test_size=0.25, stratify=y_rest, random_state=SEED)

    results = {}
    for name, cfg in CONFIGS.items():
        automl = AutoML()
        automl.fit(X_tr, y_tr, task="classification", metric="accuracy", time_budget=120,
                   eval_method="cv", n_splits=5, seed=SEED, verbose=0, **cfg)
        results[name] = (accuracy_score(y_va, automl.predict(X_va)), automl)
        print(f"{name:<13} valid accuracy={results[name][0]:.4f} ({automl.best_estimator})")

    chosen = max(results, key=lambda k: results[k][0])
    model = results[chosen][1]
    print("chosen on validation:", chosen)

    baseline = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
    print("baseline test accuracy:", round(accuracy_score(y_test, baseline.predict(X_test)), 4))
    print("chosen   test accuracy:", round(accuracy_score(y_test, model.predict(X_test)), 4))

    pd.DataFrame({"employee_id": new["employee_id"],
                  "prediction": model.predict_proba(build_X(new))[:, 1]}).to_csv("predictions.csv", index=False)
    check_submission("predictions.csv", new["employee_id"], "employee_id")
    if hasattr(model, "feature_importances_"):
        imp = pd.Series(model.feature_importances_, index=model.feature_names_in_)
        print(imp.sort_values(ascending=False).head(10).round(3).to_string())


if __name__ == "__main__":
    main()
