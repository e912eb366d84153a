"""CTR model with user-grouped cross-validation.

Each user's impressions stay in a single fold, so the score is not inflated by
users the model has already seen.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["position", "user_past_ctr", "hour_of_day"]
CAT = ["ad_category", "device", "site_id"]


def build_pipeline():
    pre = ColumnTransformer(
        [
            ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
            ("cat", OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=50), CAT),
        ]
    )
    return Pipeline([("pre", pre), ("lr", LogisticRegression(C=0.3, max_iter=4000))])


def summarize(name, y, p):
    print(
        f"{name:<10} roc_auc={roc_auc_score(y, p):.4f} "
        f"pr_auc={average_precision_score(y, p):.4f} logloss={log_loss(y, p):.4f}"
    )


def main():
    df = pd.read_csv("train.csv")
    print(df.shape, "users:", df["user_id"].nunique(), "ctr:", round(df["clicked"].mean(), 4))

    X = df[NUM + CAT]
    y = df["clicked"]
    groups = df["user_id"]

    cv = GroupKFold(n_splits=5)
    oof = cross_val_predict(build_pipeline(), X, y, cv=cv, groups=groups, method="predict_proba")[:, 1]
    oof_dummy = cross_val_predict(
        DummyClassifier(strategy="prior"), X, y, cv=cv, groups=groups, method="predict_proba"
    )[:, 1]

    summarize("dummy", y, oof_dummy)
    summarize("logreg", y, oof)

    # calibration check by decile of predicted CTR
    dec = pd.qcut(oof, 10, labels=False, duplicates="drop")
    calib = pd.DataFrame({"pred": oof, "obs": y, "dec": dec}).groupby("dec")[["pred", "obs"]].mean()
    print(calib.round(4))

    model = build_pipeline().fit(X, y)
    test = pd.read_csv("test.csv")
    pred = model.predict_proba(test[NUM + CAT])[:, 1]
    pd.DataFrame({"impression_id": test["impression_id"], "prediction": pred}).to_csv(
        "predictions.csv", index=False
    )
    print("wrote", len(pred), "rows")


if __name__ == "__main__":
    main()
