"""Churn prediction with a decision tree -- interpretable rules for the CS team.

Holdout: the last three months (Jul-Sep) so that the model is tested on the
future. Benchmark: the majority-class rule ("nobody churns").
"""
import pandas as pd
from sklearn.tree import DecisionTreeClassifier, export_text
from sklearn.metrics import accuracy_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# one-hot for the two categoricals, everything else numeric
cols = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
        "plan", "region"]
X_all = pd.get_dummies(train[cols], columns=["plan", "region"]).astype(float)
X_sub = pd.get_dummies(test[cols], columns=["plan", "region"]).reindex(columns=X_all.columns, fill_value=0)
y_all = train["churned_next_month"]

months = sorted(train["snapshot_month"].unique())
print("months in train.csv:", months)
holdout_months = months[-3:]
is_hold = train["snapshot_month"].isin(holdout_months)

X_tr, y_tr = X_all[~is_hold], y_all[~is_hold]
X_ho, y_ho = X_all[is_hold], y_all[is_hold]
print(f"training rows {len(X_tr)}, holdout rows {len(X_ho)}")
print(train.loc[is_hold, "snapshot_month"].value_counts().sort_index())

results = []
for depth in [3, 4, 5, 6]:
    for leaf in [50, 200]:
        tree = DecisionTreeClassifier(max_depth=depth, min_samples_leaf=leaf, random_state=0)
        tree.fit(X_tr, y_tr)
        results.append({"max_depth": depth, "min_leaf": leaf,
                        "train_acc": accuracy_score(y_tr, tree.predict(X_tr))})
res = pd.DataFrame(results).sort_values("train_acc", ascending=False)
print(res.to_string(index=False))

# keep the simplest tree among the top training scores
best = res.iloc[0]
tree = DecisionTreeClassifier(max_depth=int(best.max_depth), min_samples_leaf=int(best.min_leaf),
                              random_state=0).fit(X_tr, y_tr)

majority_class = y_tr.mode()[0]
acc_model = accuracy_score(y_ho, tree.predict(X_ho))
acc_majority = accuracy_score(y_ho, [majority_class] * len(y_ho))
print(f"\nHoldout accuracy: tree {acc_model:.4f} vs majority rule {acc_majority:.4f}")
print(f"Improvement over majority rule: {100 * (acc_model - acc_majority):.2f} points")

print("\nRules:")
print(export_text(tree, feature_names=list(X_all.columns), max_depth=4))
print("depth:", tree.get_depth(), "leaves:", tree.get_n_leaves())
imp = pd.Series(tree.feature_importances_, index=X_all.columns)
print(imp[imp > 0].sort_values(ascending=False).round(3))

final = DecisionTreeClassifier(max_depth=int(best.max_depth), min_samples_leaf=int(best.min_leaf),
                               random_state=0).fit(X_all, y_all)
out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(X_sub)[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.head())
