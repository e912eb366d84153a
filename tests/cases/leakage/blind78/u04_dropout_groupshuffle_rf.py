"""Week-4 dropout model (random forest), learner-level holdout.

Reads train.csv / test.csv from the working directory and writes predictions.csv.
Only weeks 1-4 activity is used; post-course columns are dropped.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "dropped_out"
POST_COURSE = ["certificate_earned", "total_events_course", "last_active_week"]
KEYS = ["enrolment_id", "student_id", "country"]
WEEKS = range(1, 5)


def build_features(df):
    out = df.drop(columns=[c for c in POST_COURSE + [TARGET] if c in df.columns]).copy()
    wk = [f"events_w{i}" for i in WEEKS]
    out["events_total_w1_4"] = out[wk].sum(axis=1)
    # per-learner slope of weekly events (negative = fading out)
    out["events_slope"] = np.polyfit(np.arange(4), out[wk].T.values, 1)[0]
    out["zero_weeks"] = (out[wk] == 0).sum(axis=1)
    out["video_total"] = out[[f"video_min_w{i}" for i in WEEKS]].sum(axis=1)
    out["quiz_avg_w1_4"] = out["quiz_avg_w1_4"].fillna(-1)
    out = pd.get_dummies(out, columns=["course_id", "education_level", "age_band"], dtype=int)
    return out.drop(columns=KEYS)


def report(name, y_true, p):
    print(f"{name:<14} AUC={roc_auc_score(y_true, p):.3f}  "
          f"AP={average_precision_score(y_true, p):.3f}  Brier={brier_score_loss(y_true, p):.3f}")


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(f"{len(train)} enrolments, {train['student_id'].nunique()} learners, "
          f"dropout rate {train[TARGET].mean():.2%}")

    X = build_features(train)
    y = train[TARGET]

    # many learners have several enrolments: hold out whole learners
    splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=42)
    tr_idx, va_idx = next(splitter.split(X, y, groups=train["student_id"]))
    X_tr, X_va, y_tr, y_va = X.iloc[tr_idx], X.iloc[va_idx], y.iloc[tr_idx], y.iloc[va_idx]

    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    report("dummy (prior)", y_va, dummy.predict_proba(X_va)[:, 1])

    rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5,
                                max_features="sqrt", n_jobs=-1, random_state=42)
    rf.fit(X_tr, y_tr)
    report("random forest", y_va, rf.predict_proba(X_va)[:, 1])

    imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
    print("\nTop features:\n", imp.head(10).round(3).to_string())

    # refit on all labelled data
    rf.fit(X, y)
    X_test = build_features(test).reindex(columns=X.columns, fill_value=0)
    pd.DataFrame({"enrolment_id": test["enrolment_id"],
                  "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv")


if __name__ == "__main__":
    main()
