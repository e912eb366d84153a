"""Behavioural scoring model for the card book - LightGBM with account-grouped CV."""
from dataclasses import dataclass

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold, cross_validate


@dataclass
class Config:
    target: str = "bad_6m"
    group: str = "account_id"
    id_col: str = "snapshot_id"
    n_folds: int = 5
    seed: int = 42


CFG = Config()

# usage / payment behaviour
BEHAVIOUR = ["utilization", "payment_ratio_3m", "min_payment_count_6m", "cash_advance_amt_3m",
             "purchase_amt_3m", "spend_trend_3m", "overlimit_flag"]
# arrears history
ARREARS = ["times_30dpd_12m", "current_dpd", "charge_off_flag"]
# account / customer
PROFILE = ["months_on_book", "credit_limit", "balance", "num_cards", "customer_age", "income_band_ord"]
FEATURES = BEHAVIOUR + ARREARS + PROFILE

INCOME_ORDER = {"<20k": 0, "20-40k": 1, "40-70k": 2, "70-120k": 3, "120k+": 4}


def load(path):
    df = pd.read_csv(path)
    df["income_band_ord"] = df["income_band"].map(INCOME_ORDER)
    return df


def report(name, res):
    auc = res["test_roc_auc"]
    ap = res["test_average_precision"]
    print(f"{name:10s} AUC {auc.mean():.4f} (+/- {auc.std():.4f})  Gini {2 * auc.mean() - 1:.4f}  "
          f"AP {ap.mean():.4f}")


def main():
    train = load("train.csv")
    test = load("test.csv")
    print(f"snapshots={len(train)} accounts={train[CFG.group].nunique()} bad_rate={train[CFG.target].mean():.4f}")

    X, y, groups = train[FEATURES], train[CFG.target], train[CFG.group]
    cv = GroupKFold(n_splits=CFG.n_folds)
    scoring = ["roc_auc", "average_precision"]

    model = LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=31, min_child_samples=80,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                           random_state=CFG.seed, verbose=-1)
    res_model = cross_validate(model, X, y, groups=groups, cv=cv, scoring=scoring)
    res_dummy = cross_validate(DummyClassifier(strategy="prior"), X, y, groups=groups, cv=cv, scoring=scoring)
    report("baseline", res_dummy)
    report("lightgbm", res_model)

    model.fit(X, y)
    imp = pd.Series(model.booster_.feature_importance("gain"), index=FEATURES)
    print((imp / imp.sum()).sort_values(ascending=False).round(3).to_string())

    preds = model.predict_proba(test[FEATURES])[:, 1]
    pd.DataFrame({CFG.id_col: test[CFG.id_col], "prediction": np.clip(preds, 0, 1)}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
