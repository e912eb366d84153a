import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import accuracy_score, recall_score, precision_score

SEED = 31

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

feature_cols = ["fav_odds_open", "dog_odds_open", "fav_odds_close", "dog_odds_close",
                "fav_elo", "dog_elo", "dog_is_home", "fav_rest_days", "dog_rest_days",
                "fav_missing_starters", "dog_missing_starters", "derby"]

df[feature_cols] = df[feature_cols].fillna(0)
test[feature_cols] = test[feature_cols].fillna(0)

# upsample upsets so both classes have the same size
majority = df[df.upset == 0]
minority = df[df.upset == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=SEED)
balanced = pd.concat([majority, minority_up]).sample(frac=1, random_state=SEED).reset_index(drop=True)
print("class counts after upsampling:\n", balanced.upset.value_counts())

X = balanced[feature_cols]
y = balanced["upset"]
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=SEED)

clf = ExtraTreesClassifier(n_estimators=600, min_samples_leaf=2, max_features="sqrt",
                           random_state=SEED, n_jobs=-1)
clf.fit(X_train, y_train)
pred = clf.predict(X_val)

print("accuracy :", round(accuracy_score(y_val, pred), 4))
print("recall   :", round(recall_score(y_val, pred), 4))
print("precision:", round(precision_score(y_val, pred), 4))

imp = sorted(zip(clf.feature_importances_, feature_cols), reverse=True)
for v, c in imp:
    print(f"  {c:<22} {v:.3f}")

clf.fit(X, y)
pd.DataFrame({"match_id": test["match_id"], "prediction": clf.predict_proba(test[feature_cols])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
