# fraud take-home - polars + sklearn
# 1) build a wide numeric feature table
# 2) drop features that barely correlate with the label (decided inside each CV fold,
#    on that fold's training rows)
# 3) 5-fold stratified CV of a gradient boosting model vs a dummy

import polars as pl
import polars.selectors as cs
import numpy as np
from sklearn.model_selection import StratifiedKFold
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

MIN_ABS_CORR = 0.02

df = pl.read_csv("train.csv")
print(df.head(3))

wide = (
    df.with_columns(
        pl.col("amount").log1p().alias("log_amount"),
        (pl.col("amount") > 1000).cast(pl.Int8).alias("big_ticket"),
        (pl.col("hour").is_between(0, 5)).cast(pl.Int8).alias("night"),
        (pl.col("card_age_days") < 14).cast(pl.Int8).alias("fresh_card"),
        (pl.col("n_tx_24h") >= 10).cast(pl.Int8).alias("burst"),
        (pl.col("distance_from_home_km") / (pl.col("card_age_days") + 1)).alias("dist_per_age"),
    )
    .to_dummies(["merchant_category", "country", "device_type"])
    .drop("transaction_id", "card_id", "ts", "chargeback_flag")
)
cand = wide.select(cs.numeric().exclude("is_fraud")).columns
print(len(cand), "candidate features")



def select_by_corr(frame: pl.DataFrame) -> list[str]:
    """correlation of each feature with the label, on the rows given"""
    corr = (
        frame.select([pl.corr(c, "is_fraud").alias(c) for c in cand])
        .transpose(include_header=True, header_name="feature", column_names=["corr"])
        .with_columns(pl.col("corr").abs().alias("abs_corr"))
        .sort("abs_corr", descending=True)
    )
    return corr.filter(pl.col("abs_corr") >= MIN_ABS_CORR)["feature"].to_list()


y = wide["is_fraud"].to_numpy()

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
res = {"model": [], "dummy": []}
for k, (tr, va) in enumerate(skf.split(np.zeros(len(y)), y)):
    keep = select_by_corr(wide[tr])
    print(f"fold {k}: keeping {len(keep)} / {len(cand)}")
    X_tr = wide[tr].select(keep).to_numpy().astype(float)
    X_va = wide[va].select(keep).to_numpy().astype(float)
    m = HistGradientBoostingClassifier(max_iter=250, learning_rate=0.06, random_state=k).fit(X_tr, y[tr])
    d = DummyClassifier(strategy="prior").fit(X_tr, y[tr])
    res["model"].append(average_precision_score(y[va], m.predict_proba(X_va)[:, 1]))
    res["dummy"].append(average_precision_score(y[va], d.predict_proba(X_va)[:, 1]))
    print(f"fold {k}: AP model={res['model'][-1]:.3f} dummy={res['dummy'][-1]:.3f} "
          f"AUC={roc_auc_score(y[va], m.predict_proba(X_va)[:, 1]):.3f}")

for name, v in res.items():
    print(f"{name:6s} AP {np.mean(v):.3f} +/- {np.std(v):.3f}")
