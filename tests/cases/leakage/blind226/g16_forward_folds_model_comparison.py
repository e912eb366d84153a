"""Churn snapshots take-home.

Customers have up to nine monthly snapshots and test.csv is *later* months of
*other* customers. Every fold therefore trains on months before m and validates
on month m, restricted to customers that never appear before m.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer


@dataclass
class Config:
    target: str = "churned_next_month"
    group: str = "customer_id"
    first_valid_month: int = 5
    seed: int = 2024


CFG = Config()
NOT_FEATURES = {"snapshot_id", "customer_id", "snapshot_month", "month_no", CFG.target,
                "retention_offer_accepted", "account_closed_date_known", "plan"}


def lagged(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values([CFG.group, "snapshot_month"]).copy()
    g = df.groupby(CFG.group)
    df["usage_l1"] = g["usage_hours"].shift(1)
    df["usage_l3_mean"] = g["usage_hours"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    df["usage_vs_recent"] = df["usage_hours"] / (df["usage_l3_mean"] + 1)
    df["tickets_l1"] = g["support_tickets"].shift(1)
    df["fail_streak"] = g["payment_failures"].transform(lambda s: (s > 0).astype(int).groupby((s == 0).cumsum()).cumsum())
    df["plan_premium"] = (df["plan"] == "premium").astype(int)
    df["plan_basic"] = (df["plan"] == "basic").astype(int)
    return df.reset_index(drop=True)


def unseen_customer_folds(df: pd.DataFrame):
    """(train_idx, valid_idx) pairs: train on months < m, validate on new customers in month m."""
    months = sorted(df["month_no"].unique())
    for m in months:
        if m < CFG.first_valid_month:
            continue
        tr = np.flatnonzero(df["month_no"] < m)
        seen = df.loc[tr, CFG.group].unique()
        va = np.flatnonzero((df["month_no"] == m) & ~df[CFG.group].isin(seen))
        yield tr, va


def get_models():
    return {
        "dummy_prior": DummyClassifier(strategy="prior"),
        "logreg": make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                                LogisticRegression(max_iter=3000, C=0.2)),
        "hgb": HistGradientBoostingClassifier(learning_rate=0.05, max_iter=250, l2_regularization=1.0,
                                              random_state=CFG.seed),
        "catboost": CatBoostClassifier(iterations=600, depth=5, learning_rate=0.05, verbose=0,
                                       random_seed=CFG.seed, auto_class_weights="Balanced"),
    }


def main():
    train = lagged(pd.read_csv("train.csv"))
    test = lagged(pd.read_csv("test.csv"))
    train["month_no"] = pd.PeriodIndex(train["snapshot_month"], freq="M").month
    features = [c for c in train.columns if c not in NOT_FEATURES]
    X, y = train[features], train[CFG.target]
    folds = list(unseen_customer_folds(train))
    print(f"{len(train)} rows, {train[CFG.group].nunique()} customers, {len(features)} features, {len(folds)} folds")
    for tr, va in folds:
        print(f"   train {len(tr):6d}  valid {len(va):5d}  churn {y.iloc[va].mean():.3f}")

    rows = []
    for name, model in get_models().items():
        res = cross_validate(model, X, y, cv=folds,
                             scoring={"auc": "roc_auc", "ap": "average_precision", "brier": "neg_brier_score"})
        rows.append({"model": name,
                     "roc_auc": res["test_auc"].mean(),
                     "roc_auc_sd": res["test_auc"].std(),
                     "avg_precision": res["test_ap"].mean(),
                     "brier": -res["test_brier"].mean()})
        print(f"  {name:12s} AUC {rows[-1]['roc_auc']:.3f}  AP {rows[-1]['avg_precision']:.3f}")

    table = pd.DataFrame(rows).set_index("model").sort_values("avg_precision", ascending=False)
    print(table.round(4))

    winner = table.index[0] if table.index[0] != "dummy_prior" else table.index[1]
    final = get_models()[winner].fit(X, y)
    preds = final.predict_proba(test[features])[:, 1]
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": preds}).to_csv("predictions.csv", index=False)

    print("\n--- memo ---")
    print(f"Forward folds on unseen customers ({len(folds)} months). Best by average precision: {winner} "
          f"(AUC {table.loc[winner, 'roc_auc']:.3f} +/- {table.loc[winner, 'roc_auc_sd']:.3f}, "
          f"AP {table.loc[winner, 'avg_precision']:.3f}); dummy AP {table.loc['dummy_prior', 'avg_precision']:.3f}.")
    print("Signals: recent usage drop relative to the last 3 months, payment-failure streaks, tickets.")
    print("Post-outcome columns (retention offer, closed-date flag) were excluded.")


if __name__ == "__main__":
    main()
