"""Upgrade propensity -- model comparison.

Out-of-time split: the last six weeks are held out. Several classifiers are
trained on the earlier weeks and compared on the held-out weeks; the best one
is retrained on everything for the submission.
"""
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["seats", "active_users", "feature_x_usage", "support_chats"]
CAT = ["plan_tier"]
TARGET = "upgraded"
HOLDOUT_WEEKS = 6


def with_pre(model, scale=False):
    pre = ColumnTransformer(
        [
            ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()) if scale else "passthrough", NUM),
            ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
        ]
    )
    return Pipeline([("pre", pre), ("model", model)])


MODELS = {
    "baseline_majority": with_pre(DummyClassifier(strategy="most_frequent")),
    "logistic": with_pre(LogisticRegression(max_iter=2000), scale=True),
    "random_forest": with_pre(RandomForestClassifier(n_estimators=400, min_samples_leaf=10, n_jobs=-1, random_state=0)),
    "hist_gb": with_pre(HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, early_stopping=False, random_state=0)),
}


def main():
    df = pd.read_csv("train.csv", parse_dates=["week_start"])
    df = df.drop(columns=["upgrade_channel"])  # recorded when the upgrade happens
    weeks = sorted(df["week_start"].unique())
    cut = weeks[-HOLDOUT_WEEKS]
    train = df[df["week_start"] < cut]
    test_part = df[df["week_start"] >= cut]
    print(f"train weeks < {pd.Timestamp(cut).date()}: {len(train)} rows, held-out: {len(test_part)} rows")

    rows = []
    for name, pipe in MODELS.items():
        pipe.fit(train[NUM + CAT], train[TARGET])
        proba = pipe.predict_proba(test_part[NUM + CAT])[:, 1]
        rows.append(
            {
                "model": name,
                "test_auc": roc_auc_score(test_part[TARGET], proba),
                "test_acc": accuracy_score(test_part[TARGET], (proba >= 0.5).astype(int)),
            }
        )
    table = pd.DataFrame(rows).set_index("model").sort_values("test_auc", ascending=False)
    print(table.round(4))

    best_name = table.drop(index="baseline_majority")["test_auc"].idxmax()
    print(f"best model: {best_name} (test AUC {table.loc[best_name, 'test_auc']:.4f})")

    final = MODELS[best_name].fit(df[NUM + CAT], df[TARGET])
    test = pd.read_csv("test.csv")
    pd.DataFrame(
        {"account_week_id": test["account_week_id"], "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}
    ).to_csv("predictions.csv", index=False)
    print("predictions.csv written with", best_name)


if __name__ == "__main__":
    main()
