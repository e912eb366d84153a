"""Churn prediction: gradient boosting with an out-of-time validation window."""
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "churned"
NUMERIC = ["tenure_months", "monthly_charges", "support_tickets", "usage_gb", "late_payments"]
CATEGORICAL = ["plan", "region"]
VALID_FROM = "2023-10-01"


def read(path):
    df = pd.read_csv(path, parse_dates=["snapshot_month"])
    df["month_of_year"] = df["snapshot_month"].dt.month
    df["charges_x_tenure"] = df["monthly_charges"] * df["tenure_months"]
    return df


FEATURES = NUMERIC + ["month_of_year", "charges_x_tenure"] + CATEGORICAL


def build_pipeline():
    prep = ColumnTransformer(
        [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CATEGORICAL)],
        remainder="passthrough",
    )
    clf = HistGradientBoostingClassifier(
        learning_rate=0.05,
        max_iter=300,
        max_leaf_nodes=31,
        l2_regularization=1.0,
        categorical_features=[0, 1],
        random_state=0,
    )
    return Pipeline([("prep", prep), ("clf", clf)])


def report(name, y_true, proba):
    print(f"{name:<10} ROC AUC {roc_auc_score(y_true, proba):.4f}  "
          f"PR AUC {average_precision_score(y_true, proba):.4f}")


def main():
    df = read("train.csv")
    print(df.shape)
    print(df[TARGET].mean())
    print(df.groupby(df["snapshot_month"].dt.to_period("M"))[TARGET].agg(["mean", "size"]))
    print(df.groupby("region")[TARGET].mean())

    # out-of-time validation: train on months before VALID_FROM, validate on the rest
    train = df[df["snapshot_month"] < VALID_FROM]
    valid = df[df["snapshot_month"] >= VALID_FROM]
    print("train", train.shape, "valid", valid.shape)

    pipe = build_pipeline()
    pipe.fit(train[FEATURES], train[TARGET])
    report("model", valid[TARGET], pipe.predict_proba(valid[FEATURES])[:, 1])

    prior = DummyClassifier(strategy="prior").fit(train[FEATURES], train[TARGET])
    report("prior", valid[TARGET], prior.predict_proba(valid[FEATURES])[:, 1])

    # refit on every month for the submission
    final = build_pipeline().fit(df[FEATURES], df[TARGET])
    test = read("test.csv")
    pd.DataFrame(
        {"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test[FEATURES])[:, 1]}
    ).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
