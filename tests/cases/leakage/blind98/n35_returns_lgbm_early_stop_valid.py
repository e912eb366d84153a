"""Returns model - LightGBM with early stopping on a validation period.

Periods (by order_date): train 70% | valid 15% | test 15%.
  * early stopping and the learning-rate choice use the valid period only,
  * the test period is scored once at the end, next to a prior-rate baseline.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "returned"
LEAKY = ["refund_amount", "days_to_refund", "return_reason"]
IDS = ["order_item_id", "order_id", "customer_id", "product_id"]
CATS = ["category", "size", "shipping_method", "payment_method", "device", "brand"]


def prepare(d):
    d = d.drop(columns=[c for c in LEAKY if c in d.columns]).copy()
    d["net_price"] = d["price"] * (1 - d["discount_pct"] / 100)
    d["log_price"] = np.log1p(d["price"])
    d["weekday"] = d["order_date"].dt.dayofweek
    d["slow_delivery"] = (d["delivery_days"] > 5).astype(int)
    d["title_len"] = d["product_title"].fillna("").str.len()
    d["title_fit_word"] = d["product_title"].fillna("").str.contains("slim|petite|tall|oversized", case=False).astype(int)
    for c in CATS:
        d[c] = d[c].astype("category")
    return d


df = prepare(pd.read_csv("train.csv", parse_dates=["order_date"])).sort_values("order_date").reset_index(drop=True)
FEATS = [c for c in df.columns if c not in IDS + [TARGET, "order_date", "product_title"]]
print(len(df), "rows,", len(FEATS), "features, positive rate", round(df[TARGET].mean(), 4))

d1, d2 = df["order_date"].quantile([0.70, 0.85])
train = df[df["order_date"] < d1]
valid = df[(df["order_date"] >= d1) & (df["order_date"] < d2)]
test = df[df["order_date"] >= d2]
print("train/valid/test:", len(train), len(valid), len(test))

base = dict(num_leaves=63, min_child_samples=40, subsample=0.8, subsample_freq=1,
            colsample_bytree=0.7, reg_lambda=1.0, verbose=-1, random_state=7)
best = None
for lr in [0.02, 0.05]:
    m = lgb.LGBMClassifier(n_estimators=5000, learning_rate=lr, **base)
    m.fit(train[FEATS], train[TARGET], eval_set=[(valid[FEATS], valid[TARGET])], eval_metric="auc",
          callbacks=[lgb.early_stopping(200, verbose=False)])
    auc = roc_auc_score(valid[TARGET], m.predict_proba(valid[FEATS])[:, 1])
    print(f"lr={lr}: best_iter={m.best_iteration_}  valid AUC={auc:.4f}")
    if best is None or auc > best[0]:
        best = (auc, lr, m.best_iteration_)

_, best_lr, best_iter = best
trva = pd.concat([train, valid])
final = lgb.LGBMClassifier(n_estimators=best_iter, learning_rate=best_lr, **base)
final.fit(trva[FEATS], trva[TARGET])
baseline = DummyClassifier(strategy="prior").fit(trva[FEATS], trva[TARGET])

for name, model in [("baseline", baseline), ("lightgbm", final)]:
    p = model.predict_proba(test[FEATS])[:, 1]
    print(f"TEST {name:9s} AUC {roc_auc_score(test[TARGET], p):.4f}  AP {average_precision_score(test[TARGET], p):.4f}")

# submission: refit on all labelled rows
final.fit(df[FEATS], df[TARGET])
sub = prepare(pd.read_csv("test.csv", parse_dates=["order_date"]))
for c in CATS:
    sub[c] = pd.Categorical(sub[c], categories=df[c].cat.categories)
pd.DataFrame({"order_item_id": sub["order_item_id"],
              "prediction": final.predict_proba(sub[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
print("predictions.csv written")
