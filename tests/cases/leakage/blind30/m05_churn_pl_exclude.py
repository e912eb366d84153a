"""Churn model -- lazy polars pipeline, logistic regression + LightGBM."""
import datetime as dt

import lightgbm as lgb
import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

CFG = {
    "path": "data/snapshots/*.parquet",
    "target": "churned_next_month",
    "cutoff": dt.date(2023, 7, 1),
    "lgb": {"n_estimators": 600, "learning_rate": 0.03, "num_leaves": 31, "subsample": 0.8,
            "subsample_freq": 1, "colsample_bytree": 0.8, "verbose": -1},
}


class ChurnData:
    def __init__(self, cfg):
        self.cfg = cfg

    def frame(self) -> pl.DataFrame:
        lf = (
            pl.scan_parquet(self.cfg["path"])
            .sort("customer_id", "snapshot_month")
            .with_columns(
                pl.col("monthly_spend").shift(1).over("customer_id").alias("spend_lag1"),
                pl.col("logins_30d").shift(1).over("customer_id").alias("logins_lag1"),
                pl.col("support_tickets").shift(1).rolling_sum(window_size=3).over("customer_id").alias("tickets_3m"),
                (pl.col("plan_type") == "annual").cast(pl.Int8).alias("is_annual"),
            )
            .with_columns(
                (pl.col("logins_30d") / pl.col("logins_lag1")).fill_nan(None).alias("login_trend"),
            )
        )
        return lf.collect()

    def split(self, df: pl.DataFrame):
        cut = self.cfg["cutoff"]
        train = df.filter(pl.col("snapshot_month") < cut)
        test = df.filter(pl.col("snapshot_month") >= cut).join(
            train.select("customer_id").unique(), on="customer_id", how="anti"
        )
        return train, test

    def xy(self, df: pl.DataFrame):
        # everything except label, keys and raw strings
        X = df.select(
            pl.exclude(self.cfg["target"], "snapshot_id", "customer_id", "snapshot_month", "plan_type", "region")
        )
        return X.to_pandas(), df[self.cfg["target"]].to_numpy()


data = ChurnData(CFG)
df = data.frame()
train, test = data.split(df)
X_tr, y_tr = data.xy(train)
X_te, y_te = data.xy(test)
print("features used:", list(X_tr.columns))

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
booster = lgb.LGBMClassifier(**CFG["lgb"], random_state=7)
booster.fit(X_tr, y_tr)

results = {}
for name, model in {"dummy_prior": dummy, "lgbm": booster}.items():
    proba = model.predict_proba(X_te)[:, 1]
    results[name] = {
        "roc_auc": roc_auc_score(y_te, proba),
        "avg_precision": average_precision_score(y_te, proba),
    }
print(pl.DataFrame([{"model": k, **v} for k, v in results.items()]))

imp = pl.DataFrame({"feature": X_tr.columns, "gain": booster.booster_.feature_importance("gain")})
print(imp.sort("gain", descending=True).head(10))
