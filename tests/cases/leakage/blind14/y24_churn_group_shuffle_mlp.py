"""
Churn - small neural net (sklearn MLP).
Customers are split with GroupShuffleSplit so nobody is in both train and test.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.neural_network import MLPClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, df["churned_next_month"].mean())

num_cols = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
            "support_tickets_30d", "payment_failures_90d"]
bin_cols = ["has_discount"]

# missing values + standardisation (MLP needs scaled inputs)
df[num_cols] = df[num_cols].fillna(df[num_cols].median())
mu, sd = df[num_cols].mean(), df[num_cols].std()
df[num_cols] = (df[num_cols] - mu) / sd

df = pd.get_dummies(df, columns=["plan", "region"], dtype=float)
onehot_cols = [c for c in df.columns if c.startswith(("plan_", "region_"))]
features = num_cols + bin_cols + onehot_cols

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=5)
tr_idx, te_idx = next(gss.split(df, df["churned_next_month"], groups=df["customer_id"]))
train, hold = df.iloc[tr_idx], df.iloc[te_idx]
print("overlap customers:", len(set(train.customer_id) & set(hold.customer_id)))

mlp = MLPClassifier(hidden_layer_sizes=(64, 32), alpha=1e-3, max_iter=300,
                    early_stopping=True, validation_fraction=0.1, random_state=5)
mlp.fit(train[features], train["churned_next_month"])
p = mlp.predict_proba(hold[features])[:, 1]
print("AUC", roc_auc_score(hold["churned_next_month"], p))
print("AP ", average_precision_score(hold["churned_next_month"], p))
print(classification_report(hold["churned_next_month"], (p > 0.2).astype(int)))

# loss curve for the memo
import matplotlib.pyplot as plt
plt.plot(mlp.loss_curve_)
plt.title("MLP training loss")
plt.savefig("mlp_loss.png")

# submission: same transformation with the training statistics
mlp.fit(df[features], df["churned_next_month"])
test[num_cols] = test[num_cols].fillna(df[num_cols].median())
test[num_cols] = (test[num_cols] - mu) / sd
test = pd.get_dummies(test, columns=["plan", "region"], dtype=float).reindex(
    columns=list(test.columns) + [c for c in onehot_cols if c not in test.columns], fill_value=0.0)
test["prediction"] = mlp.predict_proba(test[features])[:, 1]
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
