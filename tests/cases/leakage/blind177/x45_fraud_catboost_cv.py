"""Fraud model with CatBoost (column roles from task.json)."""
import json

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold

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

    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    rows = []
    for fold, (tr, va) in enumerate(skf.split(X, y)):
        model = CatBoostClassifier(**PARAMS, cat_features=CAT).fit(X.iloc[tr], y.iloc[tr])
        p = model.predict_proba(X.iloc[va])[:, 1]
        pb = DummyClassifier(strategy="prior").fit(X.iloc[tr], y.iloc[tr]).predict_proba(X.iloc[va])[:, 1]
        rows.append({"fold": fold, "auc": roc_auc_score(y.iloc[va], p),
                     "ap": average_precision_score(y.iloc[va], p),
                     "baseline_auc": roc_auc_score(y.iloc[va], pb),
                     "baseline_ap": average_precision_score(y.iloc[va], pb)})
    res = pd.DataFrame(rows)
    print(res.round(4).to_string(index=False))
    print(f"CatBoost ROC AUC {res.auc.mean():.4f}  PR AUC {res.ap.mean():.4f}")
    print(f"Baseline ROC AUC {res.baseline_auc.mean():.4f}  PR AUC {res.baseline_ap.mean():.4f}")

    final = CatBoostClassifier(**PARAMS, cat_features=CAT).fit(X, y)
    imp = pd.Series(final.get_feature_importance(), index=cols).sort_values(ascending=False)
    print(imp.round(2).to_string())
    pred = final.predict_proba(test[cols])[:, 1]
    pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
    print("saved", len(pred), "predictions")


if __name__ == "__main__":
    main()
