# Spaceship Titanic - CatBoost with native categoricals
# early stopping on a validation split, test split scored once
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, roc_auc_score, confusion_matrix

SEED = 42
train_df = pd.read_csv("data/train.csv")
test_df = pd.read_csv("data/test.csv")

SPEND_COLS = ["RoomService", "FoodCourt", "ShoppingMall", "Spa", "VRDeck"]
CAT_FEATURES = ["HomePlanet", "CryoSleep", "Destination", "VIP", "Deck", "Side"]


def prepare(df):
    out = df.copy()
    out[["Deck", "CabinNum", "Side"]] = out["Cabin"].str.split("/", expand=True)
    out["CabinNum"] = pd.to_numeric(out["CabinNum"], errors="coerce")
    out["SpendTotal"] = out[SPEND_COLS].sum(axis=1, min_count=1)
    out["SpendLog"] = np.log1p(out["SpendTotal"])
    out["AgeBand"] = pd.cut(out["Age"], [-1, 12, 18, 30, 50, 100], labels=False)
    for c in CAT_FEATURES:
        out[c] = out[c].astype(str).fillna("missing")
    return out.drop(columns=["PassengerId", "Cabin", "Name"])


train = prepare(train_df)
test = prepare(test_df)

y = train.pop("Transported").astype(int)
X = train

X_dev, X_test, y_dev, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED, stratify=y)
X_train, X_valid, y_train, y_valid = train_test_split(
    X_dev, y_dev, test_size=0.2, random_state=SEED, stratify=y_dev)

params = dict(learning_rate=0.03, depth=6, l2_leaf_reg=3, random_seed=SEED)

clf = CatBoostClassifier(iterations=5000, eval_metric="Accuracy", od_type="Iter", od_wait=200,
                         verbose=500, **params)
clf.fit(Pool(X_train, y_train, cat_features=CAT_FEATURES),
        eval_set=Pool(X_valid, y_valid, cat_features=CAT_FEATURES),
        use_best_model=True)
n_trees = clf.get_best_iteration() + 1
print("trees chosen on validation:", n_trees)

proba = clf.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)
print(f"test accuracy: {accuracy_score(y_test, pred):.4f}")
print(f"test roc auc : {roc_auc_score(y_test, proba):.4f}")
print(confusion_matrix(y_test, pred))

fi = clf.get_feature_importance(prettified=True)
print(fi.head(15))

# refit with the same number of trees on all labelled rows for the leaderboard
final = CatBoostClassifier(iterations=n_trees, verbose=0, **params)
final.fit(Pool(X, y, cat_features=CAT_FEATURES))
sub = pd.DataFrame({
    "PassengerId": test_df["PassengerId"],
    "Transported": final.predict(test).astype(bool),
})
sub.to_csv("submission.csv", index=False)
print(sub["Transported"].value_counts())
