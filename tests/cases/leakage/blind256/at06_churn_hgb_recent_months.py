"""Churn model on monthly snapshots.

Plan
----
1. load train.csv (one row per customer per month) and test.csv (later months)
2. drop the columns that are only known after the fact
3. sklearn Pipeline: ordinal-encode categoricals, HistGradientBoosting
4. validate on the last two labelled months (the test months come after
   train, so the validation should too), keeping only customers that are not
   in the training months; compare with a dummy and a rule
5. refit on all labelled months, write predictions.csv
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OrdinalEncoder
from sklearn.pipeline import Pipeline
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

TARGET = "churned_next_month"
AFTER_THE_FACT = ["retention_offer_accepted", "account_closed_date_known"]
IDS = ["customer_id", "snapshot_id"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df.shape, "rows,", df["customer_id"].nunique(), "customers")
print("months:", df["snapshot_month"].min().date(), "->", df["snapshot_month"].max().date())
print("churn rate: %.3f" % df[TARGET].mean())

# --- quick EDA -------------------------------------------------------------
fig, axes = plt.subplots(1, 2, figsize=(11, 3.5))
df.groupby("snapshot_month")[TARGET].mean().plot(ax=axes[0], marker=".")
axes[0].set_title("churn rate per month")
df.boxplot(column="support_tickets_30d", by=TARGET, ax=axes[1])
axes[1].set_title("tickets (30d) by outcome")
plt.suptitle("")
plt.tight_layout()
plt.savefig("eda_churn.png")

# --- features ----------------------------------------------------------------
cat_cols = ["plan", "contract_type", "payment_method", "region"]
num_cols = [c for c in df.columns
            if c not in cat_cols + AFTER_THE_FACT + IDS + [TARGET, "snapshot_month"]]
print("numeric features:", num_cols)

def make_pipeline():
    prep = ColumnTransformer(
        [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cat_cols)],
        remainder="passthrough",
    )
    clf = HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
        categorical_features=list(range(len(cat_cols))), random_state=0,
    )
    return Pipeline([("prep", prep), ("clf", clf)])

# --- validation: last two labelled months ------------------------------------
months = sorted(df["snapshot_month"].unique())
val_months = months[-2:]
is_val = df["snapshot_month"].isin(val_months)
train_df, val_df = df[~is_val], df[is_val]
# a customer seen in the training months would be partly "recognised";
# score only customers that first appear in the validation months
val_df = val_df[~val_df["customer_id"].isin(train_df["customer_id"])]
print("train rows %d, validation rows %d" % (len(train_df), len(val_df)))

X_tr, y_tr = train_df[cat_cols + num_cols], train_df[TARGET]
X_va, y_va = val_df[cat_cols + num_cols], val_df[TARGET]

model = make_pipeline().fit(X_tr, y_tr)
p_model = model.predict_proba(X_va)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_va)[:, 1]

# hand-written rule an account manager might use: many tickets, few logins
p_rule = (X_va["support_tickets_30d"] >= 3).astype(float) + (X_va["logins_30d"] <= 2) * 0.5

for name, p in [("dummy (prior)", p_dummy), ("rule baseline", p_rule), ("HGB", p_model)]:
    print(f"{name:15s} ROC AUC {roc_auc_score(y_va, p):.3f}   AP {average_precision_score(y_va, p):.3f}")

# precision at the top 5% of scores, which is what the retention team can call
k = int(0.05 * len(p_model))
top = np.argsort(-p_model)[:k]
print("precision@5%%: %.3f" % y_va.to_numpy()[top].mean())

prec, rec, _ = precision_recall_curve(y_va, p_model)
plt.figure(figsize=(5, 4))
plt.plot(rec, prec)
plt.axhline(y_va.mean(), ls="--", c="grey", label="base rate")
plt.xlabel("recall"); plt.ylabel("precision"); plt.legend()
plt.savefig("pr_curve.png")

# --- final fit on all labelled months -----------------------------------------
final = make_pipeline().fit(df[cat_cols + num_cols], df[TARGET])
pred = final.predict_proba(test[cat_cols + num_cols])[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved predictions.csv", pred.shape)
