# Spaceship Titanic - random forest submission
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.preprocessing import LabelEncoder

train = pd.read_csv("/kaggle/input/spaceship-titanic/train.csv")
test = pd.read_csv("/kaggle/input/spaceship-titanic/test.csv")
print(train.shape, test.shape)
print(train.isnull().sum())

ntrain = train.shape[0]
y = train["Transported"].astype(int).values
data = pd.concat([train.drop(columns=["Transported"]), test], axis=0).reset_index(drop=True)

# ---- feature engineering ----
data[["Deck", "CabinNum", "Side"]] = data["Cabin"].str.split("/", expand=True)
data["CabinNum"] = pd.to_numeric(data["CabinNum"], errors="coerce")
spend_cols = ["RoomService", "FoodCourt", "ShoppingMall", "Spa", "VRDeck"]
data["CryoSleep"] = data["CryoSleep"].map({True: 1, False: 0})
data.loc[data["CryoSleep"] == 1, spend_cols] = data.loc[data["CryoSleep"] == 1, spend_cols].fillna(0)

num_cols = spend_cols + ["Age", "CabinNum"]
for c in num_cols:
    data[c] = data[c].fillna(data[c].median())
data["TotalSpend"] = data[spend_cols].sum(axis=1)
data["NoSpend"] = (data["TotalSpend"] == 0).astype(int)
data["LogSpend"] = np.log1p(data["TotalSpend"])
data["CryoSleep"] = data["CryoSleep"].fillna(data["CryoSleep"].mode()[0])

cat_cols = ["HomePlanet", "Destination", "VIP", "Deck", "Side"]
for c in cat_cols:
    data[c] = data[c].fillna(data[c].mode()[0]).astype(str)
    data[c] = LabelEncoder().fit_transform(data[c])

features = num_cols + cat_cols + ["CryoSleep", "TotalSpend", "NoSpend", "LogSpend"]
X = data[features].iloc[:ntrain]
X_test = data[features].iloc[ntrain:]

# ---- model ----
rf = RandomForestClassifier(n_estimators=600, max_depth=12, min_samples_leaf=3,
                            max_features=0.5, n_jobs=-1, random_state=0)
rf.fit(X, y)
train_pred = rf.predict(X)
print("accuracy:", round(accuracy_score(y, train_pred), 4))
print("roc auc :", round(roc_auc_score(y, rf.predict_proba(X)[:, 1]), 4))

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp)

sub = pd.DataFrame({"PassengerId": test["PassengerId"], "Transported": rf.predict(X_test).astype(bool)})
sub.to_csv("submission.csv", index=False)
print(sub["Transported"].mean())
