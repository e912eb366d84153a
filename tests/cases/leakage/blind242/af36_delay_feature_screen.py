"""
Late-delivery model, take-home.
1. merge orders with customer / seller regions
2. build ~25 numeric features
3. keep the ones that correlate with is_late at all (training months only)
4. logistic regression, last months as holdout
5. refit on everything for the submission
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

DROP_ALWAYS = ["order_id", "delivered_customer_date", "delivery_days_actual", "review_score"]

orders = pd.read_csv("train.csv", parse_dates=["purchase_ts", "promised_delivery_date"]).drop(columns=DROP_ALWAYS)
customers = pd.read_csv("customers.csv")
sellers = pd.read_csv("sellers.csv", parse_dates=["seller_since"])
regions = pd.read_csv("regions.csv").set_index("region_id")

df = orders.merge(customers[["customer_id", "region_id"]], on="customer_id", how="left")
df = df.merge(sellers[["seller_id", "region_id", "seller_since", "is_pro"]], on="seller_id", how="left",
              suffixes=("_c", "_s"))
for side in ("c", "s"):
    for col in ("avg_transit_days", "hub_distance_km", "urban_share"):
        df[f"{col}_{side}"] = df[f"region_id_{side}"].map(regions[col])

df["promised_days"] = (df.promised_delivery_date - df.purchase_ts).dt.days
df["seller_days"] = (df.purchase_ts - df.seller_since).dt.days
df["same_region"] = (df.region_id_c == df.region_id_s).astype(int)
df["transit_gap"] = df.promised_days - df.avg_transit_days_c
df["freight_per_kg"] = df.freight_value / (df.product_weight_g / 1000 + 0.1)
df["price_per_item"] = df.price / df.n_items
df["log_distance"] = np.log1p(df.distance_km)
df["dow"] = df.purchase_ts.dt.dayofweek
df["hour"] = df.purchase_ts.dt.hour
df["december"] = (df.purchase_ts.dt.month == 12).astype(int)
df["black_friday_week"] = df.purchase_ts.dt.isocalendar().week.eq(47).astype(int)
for c in df.carrier.unique():
    df[f"carrier_{c}"] = (df.carrier == c).astype(int)
for p in df.payment_type.unique():
    df[f"pay_{p}"] = (df.payment_type == p).astype(int)

numeric = [c for c in df.select_dtypes("number").columns
           if c not in ("is_late", "region_id_c", "region_id_s")]

df = df.sort_values("purchase_ts")
split_at = pd.Timestamp("2018-05-01")
train, hold = df[df.purchase_ts < split_at], df[df.purchase_ts >= split_at]

# --- screen features by |corr| with the target, on the training months ---
corr = train[numeric].corrwith(train["is_late"]).abs().sort_values(ascending=False)
print(corr.round(3).to_string())
selected = corr[corr >= 0.02].index.tolist()
print(f"{len(selected)}/{len(numeric)} features kept")

model = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                      LogisticRegression(max_iter=3000, C=1.0))
model.fit(train[selected], train.is_late)
prior = DummyClassifier(strategy="prior").fit(train[selected], train.is_late)

for name, m in [("prior", prior), ("logit", model)]:
    pr = m.predict_proba(hold[selected])[:, 1]
    print(f"{name:6s} AUC={roc_auc_score(hold.is_late, pr):.4f} AP={average_precision_score(hold.is_late, pr):.4f} "
          f"logloss={log_loss(hold.is_late, pr):.4f}")

# same feature list, all labelled orders, for predictions.csv
model.fit(df[selected], df.is_late)
