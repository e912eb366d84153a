# churn assignment - decision tree
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.tree import DecisionTreeClassifier, plot_tree
from sklearn.preprocessing import LabelEncoder

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.head())
print(train.describe())
print(train["churned_next_month"].value_counts())

# encode text columns
for col in ["plan", "region"]:
    le = LabelEncoder()
    train[col] = le.fit_transform(train[col])
    test[col] = le.transform(test[col])

train["snapshot_month"] = pd.to_datetime(train["snapshot_month"]).dt.month
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"]).dt.month

train.fillna(0, inplace=True)
test.fillna(0, inplace=True)

X = train.drop(["churned_next_month", "snapshot_id", "customer_id"], axis=1)
y = train["churned_next_month"]

tree = DecisionTreeClassifier(max_depth=6, min_samples_leaf=30, random_state=0)
tree.fit(X, y)
print("Accuracy:", tree.score(X, y))

plt.figure(figsize=(22, 10))
plot_tree(tree, feature_names=list(X.columns), filled=True, max_depth=3, fontsize=8)
plt.savefig("tree.png", dpi=120)

imp = pd.Series(tree.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp)

# tree depth 6 vs 10
tree10 = DecisionTreeClassifier(max_depth=10, min_samples_leaf=30, random_state=0).fit(X, y)
print("Accuracy depth 10:", tree10.score(X, y))

test_X = test[X.columns]
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": tree.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)
