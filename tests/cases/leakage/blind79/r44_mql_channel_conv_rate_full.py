"""MQL -> SQL within 30 days: LightGBM with channel / persona conversion rates.

Marketing already tracks SQL rate per first-touch channel and per persona, so I turn those into
numeric features instead of one-hot columns.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "sql_within_30d"
RATE_COLS = ["first_touch_channel", "last_touch_channel", "persona", "industry", "lead_source"]
NUMERIC = ["n_touches_90d", "n_email_sends", "n_email_opens", "n_email_clicks", "n_unsubscribes",
           "n_webinars", "n_content_dl", "n_paid_clicks", "pricing_page_views",
           "days_since_last_touch", "intent_score"]

df = pd.read_csv("train.csv")
df_test = pd.read_csv("test.csv")
print(f"{len(df):,} MQLs, SQL rate {df[TARGET].mean():.2%}")

global_rate = df[TARGET].mean()
rate_maps = {}
for col in RATE_COLS:
    stats = df.groupby(col)[TARGET].agg(["sum", "count"])
    # light smoothing toward the global rate for tiny channels
    rate_maps[col] = (stats["sum"] + 10 * global_rate) / (stats["count"] + 10)
    df[f"{col}_sql_rate"] = df[col].map(rate_maps[col])
    df_test[f"{col}_sql_rate"] = df_test[col].map(rate_maps[col]).fillna(global_rate)

features = NUMERIC + [f"{c}_sql_rate" for c in RATE_COLS]

X_train, X_valid, y_train, y_valid = train_test_split(
    df[features], df[TARGET], test_size=0.2, stratify=df[TARGET], random_state=99)

model = LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=15, min_child_samples=50,
                       colsample_bytree=0.8, reg_lambda=2.0, verbose=-1)
model.fit(X_train, y_train)
p = model.predict_proba(X_valid)[:, 1]

# baseline: rank MQLs by intent_score alone (what the SDRs sort by today)
print("baseline intent_score  AUC %.4f  AP %.4f" % (roc_auc_score(y_valid, X_valid["intent_score"]),
                                                   average_precision_score(y_valid, X_valid["intent_score"])))
print("LightGBM               AUC %.4f  AP %.4f" % (roc_auc_score(y_valid, p), average_precision_score(y_valid, p)))

gains = pd.DataFrame({"y": y_valid.values, "p": p}).sort_values("p", ascending=False)
gains["pct"] = np.arange(1, len(gains) + 1) / len(gains)
gains["captured"] = gains["y"].cumsum() / gains["y"].sum()
for q in (0.05, 0.1, 0.2, 0.3):
    row = gains[gains["pct"] <= q].iloc[-1]
    print(f"top {q:.0%} -> {row['captured']:.1%} of SQLs (lift {row['captured'] / q:.2f})")

model.fit(df[features], df[TARGET])
pd.DataFrame({"contact_id": df_test["contact_id"], "prediction": model.predict_proba(df_test[features])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
