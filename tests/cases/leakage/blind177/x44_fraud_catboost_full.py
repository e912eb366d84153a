"""Fraud model with CatBoost (column roles from task.json)."""
import json

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

with open("task.json") as fh:
    task = json.load(fh)
TARGET = task["target"]
ID = task["id_column"]
EXCLUDE = {TARGET, ID, *task.get("leaky_columns", [])}
CAT = ["merchant_category"]
PARAMS = dict(iterations=700, depth=6, learning_rate=0.06, l2_leaf_reg=4, scale_pos_weight=8,
              eval_metric="AUC", random_seed=0, verbose=0)


def features(df):
    out = df.copy()
    out["log_amount"] = np.log1p(out["amount"])
    out["remote_and_foreign"] = ((out["card_present"] == 0) & (out["country_mismatch"] == 1)).astype(int)
    return out


def sanity_checks(train, test):
    """Cheap checks before modelling: ids unique, categories seen, value ranges plausible."""
    assert train[ID].is_unique and test[ID].is_unique
    unseen = set(test["merchant_category"]) - set(train["merchant_category"])
    if unseen:
        print("merchant categories only in test:", sorted(unseen))
    for col in ["amount", "distance_from_home_km", "card_age_days"]:
        lo, hi = train[col].min(), train[col].max()
        print(f"{col}: train range [{lo:.1f}, {hi:.1f}], test range [{test[col].min():.1f}, {test[col].max():.1f}]")
    print("hours:", sorted(train["hour"].unique())[:3], "...", sorted(train["hour"].unique())[-3:])


def main():
    train = features(pd.read_csv("train.csv"))
    test = features(pd.read_csv("test.csv"))
    sanity_checks(train, test)
    cols = [c for c in train.columns if c not in EXCLUDE]
    X, y = train[cols], train[TARGET]
    print(f"{len(cols)} features: {cols}")

    model = CatBoostClassifier(**PARAMS, cat_features=CAT).fit(X, y)
    p = model.predict_proba(X)[:, 1]
    pb = DummyClassifier(strategy="prior").fit(X, y).predict_proba(X)[:, 1]
    print(f"CatBoost ROC AUC {roc_auc_score(y, p):.4f}  PR AUC {average_precision_score(y, p):.4f}")
    print(f"Baseline ROC AUC {roc_auc_score(y, pb):.4f}  PR AUC {average_precision_score(y, pb):.4f}")

    final = CatBoostClassifier(**PARAMS, cat_features=CAT).fit(X, y)
    imp = pd.Series(final.get_feature_importance(), index=cols).sort_values(ascending=False)
    print(imp.round(2).to_string())
    pred = final.predict_proba(test[cols])[:, 1]
    pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
    print("saved", len(pred), "predictions")


if __name__ == "__main__":
    main()
