"""Term deposit propensity with XGBoost (bank-additional-full)."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

SEED = 2020


def load(path="bank-additional-full.csv"):
    df = pd.read_csv(path, sep=";")
    df["y"] = df["y"].eq("yes").astype(int)
    df = df.drop(columns=["duration"])
    df["never_contacted"] = df["pdays"].eq(999).astype(int)
    df.loc[df["pdays"] == 999, "pdays"] = np.nan
    cats = df.select_dtypes("object").columns
    df[cats] = df[cats].astype("category")
    return df


df = load()
print(df.shape, round(df["y"].mean(), 4))
print(df.groupby("poutcome", observed=True)["y"].agg(["size", "mean"]))
print(df.groupby("contact", observed=True)["y"].agg(["size", "mean"]))

X = df.drop(columns="y")
y = df["y"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)

model = XGBClassifier(
    n_estimators=3000,
    learning_rate=0.02,
    max_depth=4,
    min_child_weight=5,
    subsample=0.8,
    colsample_bytree=0.8,
    enable_categorical=True,
    tree_method="hist",
    eval_metric="auc",
    early_stopping_rounds=100,
    random_state=SEED,
)
model.fit(X_train, y_train, eval_set=[(X_train, y_train), (X_test, y_test)], verbose=200)
print("best iteration:", model.best_iteration)

p = model.predict_proba(X_test)[:, 1]
dummy = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]

print(f"XGB   AUC {roc_auc_score(y_test, p):.4f}  AP {average_precision_score(y_test, p):.4f}")
print(f"dummy AUC {roc_auc_score(y_test, p_dummy):.4f}  AP {average_precision_score(y_test, p_dummy):.4f}")

# expected subscriptions if we only call the top 20%
order = np.argsort(-p)
top = order[: int(0.2 * len(order))]
print("share of subscribers reached with 20% of calls:", round(y_test.values[top].sum() / y_test.sum(), 3))

gain = pd.Series(model.get_booster().get_score(importance_type="total_gain")).sort_values(ascending=False)
print(gain.head(12).round(1))
