"""Next-week stock-out: logistic regression vs. a majority-class dummy.

Split: stores partitioned by id into fit / evaluation pools; fit-pool weeks before the
cut-off train the model, evaluation-pool weeks after it are scored.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

df = pd.read_csv("train.csv", parse_dates=["week_start"])
df["cover"] = df["on_hand_units"] / df["units_sold_4w_avg"].clip(lower=0.1)
df["slack"] = df["days_of_supply"] - df["lead_time_days"]

num = ["on_hand_units", "units_sold_last_week", "units_sold_4w_avg", "days_of_supply",
       "open_po_units", "lead_time_days", "sell_price", "supplier_fill_rate", "cover", "slack"]
cat = ["dept_id", "promo_flag"]

stores = np.sort(df["store_id"].unique())
eval_stores = set(stores[::5])
cut = df["week_start"].quantile(0.8)
train = df[~df["store_id"].isin(eval_stores) & (df["week_start"] < cut)]
test = df[df["store_id"].isin(eval_stores) & (df["week_start"] >= cut)]

pre = ColumnTransformer([
    ("num", StandardScaler(), num),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat),
])
model = make_pipeline(pre, LogisticRegression(max_iter=3000, C=0.3))
model.fit(train[num + cat], train["stockout_next_week"])

dummy = DummyClassifier(strategy="most_frequent")
dummy.fit(train[num + cat], train["stockout_next_week"])

acc_model = accuracy_score(test["stockout_next_week"], model.predict(test[num + cat]))
acc_dummy = accuracy_score(test["stockout_next_week"], dummy.predict(test[num + cat]))
print(f"accuracy logistic regression : {acc_model:.4f}")
print(f"accuracy majority class      : {acc_dummy:.4f}")
print(f"lift over dummy              : {acc_model - acc_dummy:+.4f}")

coefs = pd.Series(model[-1].coef_[0], index=model[0].get_feature_names_out())
print(coefs.sort_values(key=np.abs, ascending=False).head(10).round(3))
