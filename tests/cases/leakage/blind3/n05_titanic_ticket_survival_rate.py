import pandas as pd
import numpy as np
from sklearn.model_selection import cross_val_score, KFold
from xgboost import XGBClassifier

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
data = pd.concat([train, test], sort=False).reset_index(drop=True)

data["Surname"] = data["Name"].str.split(",").str[0]
data["Fare"] = data["Fare"].fillna(8.05)
data["Sex"] = (data["Sex"] == "female").astype(int)

# family / ticket survival rate: groups of people travelling together tend to live or die together
data["TicketSurvival"] = data.groupby("Ticket")["Survived"].transform("mean")
data["FamilySurvival"] = data.groupby("Surname")["Survived"].transform("mean")
data["TicketSurvival"] = data["TicketSurvival"].fillna(0.5)
data["FamilySurvival"] = data["FamilySurvival"].fillna(0.5)

feats = ["Pclass", "Sex", "Fare", "SibSp", "Parch", "TicketSurvival", "FamilySurvival"]
tr = data[:len(train)]
te = data[len(train):]

model = XGBClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8)
scores = cross_val_score(model, tr[feats], tr["Survived"], cv=KFold(5, shuffle=True, random_state=0))
print("CV acc:", scores.mean())
model.fit(tr[feats], tr["Survived"])
pd.DataFrame({"PassengerId": te.PassengerId, "Survived": model.predict(te[feats])}).to_csv("sub.csv", index=False)
