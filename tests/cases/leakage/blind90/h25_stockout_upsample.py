"""Next-week stock-out classifier (gradient boosting), minority class up-weighted by copying.

Positive weeks are duplicated 8x so that the classifier sees a more balanced mix.
Evaluation: chronological split, last 20% of weeks.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["week_start"])

df["cover"] = df["on_hand_units"] / df["units_sold_4w_avg"].clip(lower=0.1)
df["slack"] = df["days_of_supply"] - df["lead_time_days"]
df["sell_through"] = df["units_sold_last_week"] / (df["on_hand_units"] + df["units_sold_last_week"] + 1)
df["inbound"] = df["open_po_units"] * df["supplier_fill_rate"]

pos = df[df["stockout_next_week"] == 1]
df_bal = pd.concat([df] + [pos] * 7, ignore_index=True)
df_bal = df_bal.sort_values("week_start").reset_index(drop=True)
print("positive share after duplication:", round(df_bal["stockout_next_week"].mean(), 3))

features = ["on_hand_units", "units_sold_last_week", "units_sold_4w_avg", "days_of_supply",
            "open_po_units", "lead_time_days", "sell_price", "promo_flag", "supplier_fill_rate",
            "cover", "slack", "sell_through", "inbound"]

split_week = df_bal["week_start"].quantile(0.8)
train = df_bal[df_bal["week_start"] < split_week]
test = df_bal[df_bal["week_start"] >= split_week]

gbc = GradientBoostingClassifier(n_estimators=300, max_depth=4, learning_rate=0.05,
                                 subsample=0.8, random_state=0)
gbc.fit(train[features], train["stockout_next_week"])

proba = gbc.predict_proba(test[features])[:, 1]
pred = (proba >= 0.5).astype(int)
print("ROC-AUC:", round(roc_auc_score(test["stockout_next_week"], proba), 4))
print("PR-AUC :", round(average_precision_score(test["stockout_next_week"], proba), 4))
print(classification_report(test["stockout_next_week"], pred, digits=3))

imp = pd.Series(gbc.feature_importances_, index=features).sort_values(ascending=False)
print(imp.round(3))
