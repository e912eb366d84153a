import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

# ---------- load ----------
orders = pd.read_csv("train.csv", parse_dates=["purchase_ts", "promised_delivery_date"])
customers = pd.read_csv("customers.csv", parse_dates=["customer_since"])
sellers = pd.read_csv("sellers.csv", parse_dates=["seller_since"])
regions = pd.read_csv("regions.csv")

LEAKY = ["delivered_customer_date", "delivery_days_actual", "review_score"]
orders = orders.drop(columns=LEAKY)

# ---------- merge side tables ----------
df = orders.merge(customers, on="customer_id", how="left")
df = df.merge(sellers, on="seller_id", how="left", suffixes=("_cust", "_sell"))
reg = regions[["region_id", "avg_transit_days", "hub_distance_km", "urban_share"]]
df = df.merge(reg.add_suffix("_cust"), on="region_id_cust", how="left")
df = df.merge(reg.add_suffix("_sell"), on="region_id_sell", how="left")

# ---------- features ----------
df = df.sort_values("purchase_ts").reset_index(drop=True)
df["promised_days"] = (df.promised_delivery_date - df.purchase_ts).dt.days
df["cust_age_days"] = (df.purchase_ts - df.customer_since).dt.days
df["seller_age_days"] = (df.purchase_ts - df.seller_since).dt.days
df["cross_region"] = (df.region_id_cust != df.region_id_sell).astype(int)
df["hour"] = df.purchase_ts.dt.hour
df["dow"] = df.purchase_ts.dt.dayofweek
df["month"] = df.purchase_ts.dt.month
# orders placed before this one (rows are in purchase order)
df["cust_prev_orders"] = df.groupby("customer_id").cumcount()
df["seller_prev_orders"] = df.groupby("seller_id").cumcount()
df = pd.get_dummies(df, columns=["carrier", "payment_type"], dtype=int)

feats = [c for c in df.columns if c not in (
    "order_id", "customer_id", "seller_id", "purchase_ts", "promised_delivery_date", "customer_since",
    "seller_since", "region_id_cust", "region_id_sell", "product_category", "main_category", "is_late")]
print(len(feats), "features")

# ---------- split on time: fit | early-stopping window | test ----------
cutoff = "2018-05-01"
es_start = "2018-03-01"   # last two training months only decide when to stop boosting
fit = df[df.purchase_ts < es_start]
es = df[(df.purchase_ts >= es_start) & (df.purchase_ts < cutoff)]
tst = df[df.purchase_ts >= cutoff]
X_fit, y_fit = fit[feats], fit.is_late
X_es, y_es = es[feats], es.is_late
X_te, y_te = tst[feats], tst.is_late
print("fit", X_fit.shape, "| es", X_es.shape, "| test", X_te.shape, y_te.mean().round(3))

# ---------- model ----------
params = dict(
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=40,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    scale_pos_weight=3,
    random_state=0,
)
model = lgb.LGBMClassifier(n_estimators=3000, **params)
model.fit(
    X_fit, y_fit,
    eval_set=[(X_es, y_es)],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)
best_iter = model.best_iteration_
print("best iteration:", best_iter)

base = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
p_base = base.predict_proba(X_te)[:, 1]
p = model.predict_proba(X_te)[:, 1]
print(f"baseline  AUC {roc_auc_score(y_te, p_base):.4f}  AP {average_precision_score(y_te, p_base):.4f}")
print(f"lightgbm  AUC {roc_auc_score(y_te, p):.4f}  AP {average_precision_score(y_te, p):.4f}  "
      f"Brier {brier_score_loss(y_te, p):.4f}")

imp = pd.Series(model.feature_importances_, index=feats).sort_values(ascending=False)
print(imp.head(15))

# final model for the submission: every labelled order, fixed number of trees
final = lgb.LGBMClassifier(n_estimators=best_iter, **params).fit(df[feats], df.is_late)
