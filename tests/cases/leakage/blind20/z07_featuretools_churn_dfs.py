"""Customer churn with Deep Feature Synthesis.

A customer churns when they have no transaction in the quarter that starts on
2023-07-01. Features are generated automatically from the transaction log.
"""
import featuretools as ft
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

CUTOFF = pd.Timestamp("2023-07-01")

customers = pd.read_csv("data/retail/customers.csv")
tx = pd.read_csv("data/retail/transactions.csv", parse_dates=["transaction_time"])
tx = tx.sort_values("transaction_time")
print(f"{len(customers)} customers, {len(tx)} transactions")
print("log covers", tx["transaction_time"].min(), "to", tx["transaction_time"].max())

# customers that were active before the cutoff are the population
active_before = tx.loc[tx["transaction_time"] < CUTOFF, "customer_id"].unique()
active_after = tx.loc[tx["transaction_time"] >= CUTOFF, "customer_id"].unique()
population = customers[customers["customer_id"].isin(active_before)].copy()
population["churned"] = (~population["customer_id"].isin(active_after)).astype(int)
print("churn rate:", population["churned"].mean().round(3))

es = ft.EntitySet(id="retail")
es = es.add_dataframe(
    dataframe_name="customers",
    dataframe=population.drop(columns=["churned"]),
    index="customer_id",
)
es = es.add_dataframe(
    dataframe_name="transactions",
    dataframe=tx,
    index="transaction_id",
    time_index="transaction_time",
)
es = es.add_relationship("customers", "customer_id", "transactions", "customer_id")

feature_matrix, feature_defs = ft.dfs(
    entityset=es,
    target_dataframe_name="customers",
    agg_primitives=["count", "sum", "mean", "max", "min", "std", "num_unique", "trend"],
    trans_primitives=["month", "weekday"],
    max_depth=2,
    verbose=True,
)
print(f"{len(feature_defs)} features")

X = feature_matrix.select_dtypes("number").fillna(0)
y = population.set_index("customer_id").loc[X.index, "churned"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=7
)

forest = RandomForestClassifier(n_estimators=500, min_samples_leaf=3, n_jobs=-1, random_state=7)
forest.fit(X_train, y_train)
proba = forest.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="stratified", random_state=7).fit(X_train, y_train)
dummy_proba = dummy.predict_proba(X_test)[:, 1]

print(f"ROC AUC        forest {roc_auc_score(y_test, proba):.3f} | dummy {roc_auc_score(y_test, dummy_proba):.3f}")
print(f"avg precision  forest {average_precision_score(y_test, proba):.3f} | dummy {average_precision_score(y_test, dummy_proba):.3f}")
print(f"F1@0.5         forest {f1_score(y_test, proba >= 0.5):.3f}")

top = pd.Series(forest.feature_importances_, index=X.columns).nlargest(12)
print(top)
