"""Loan default: compare a few model families and ship the best one."""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "defaulted"
NUMERIC = ["income", "loan_amount", "dti", "prior_loans", "employment_years"]
CATEGORICAL = ["term", "grade"]
COLUMNS = NUMERIC + CATEGORICAL


def read(path):
    df = pd.read_csv(path, parse_dates=["application_date"])
    df["term"] = df["term"].astype(str)
    return df


def preprocessor(scale):
    num = [SimpleImputer(strategy="median")] + ([StandardScaler()] if scale else [])
    return make_column_transformer(
        (make_pipeline(*num), NUMERIC),
        (OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    )


CANDIDATES = {
    "baseline (prior)": lambda: DummyClassifier(strategy="prior"),
    "logistic": lambda: make_pipeline(preprocessor(True), LogisticRegression(max_iter=3000, C=0.5)),
    "random_forest": lambda: make_pipeline(
        preprocessor(False), RandomForestClassifier(n_estimators=500, min_samples_leaf=20, n_jobs=-1, random_state=0)
    ),
    "hist_gbm": lambda: make_pipeline(
        preprocessor(False), HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, random_state=0)
    ),
}


def main():
    df = read("train.csv")
    print(df.shape)
    print(df[TARGET].mean().round(4))
    print(df.groupby("grade")[TARGET].mean().round(3))

    # out-of-time test: last 20% of applications, first-time borrowers only
    cut = df["application_date"].sort_values().iloc[int(len(df) * 0.8)]
    train = df[df["application_date"] < cut]
    test_part = df[df["application_date"] >= cut]
    test_part = test_part[~test_part["borrower_id"].isin(train["borrower_id"])]
    print(f"train {len(train)}  test {len(test_part)}")

    results = {}
    for name, make in CANDIDATES.items():
        model = make().fit(train[COLUMNS], train[TARGET])
        proba = model.predict_proba(test_part[COLUMNS])[:, 1]
        results[name] = {
            "roc_auc": roc_auc_score(test_part[TARGET], proba),
            "pr_auc": average_precision_score(test_part[TARGET], proba),
        }
        print(f"{name:<18} ROC AUC {results[name]['roc_auc']:.4f}  PR AUC {results[name]['pr_auc']:.4f}")

    leaderboard = pd.DataFrame(results).T.sort_values("roc_auc", ascending=False)
    best_name = leaderboard.index[0]
    print("\nselected:", best_name)
    print(f"test ROC AUC of the selected model: {leaderboard.loc[best_name, 'roc_auc']:.4f}")

    final = CANDIDATES[best_name]().fit(df[COLUMNS], df[TARGET])
    sub = read("test.csv")
    pd.DataFrame({
        "application_id": sub["application_id"],
        "prediction": np.clip(final.predict_proba(sub[COLUMNS])[:, 1], 0, 1),
    }).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
