# %% [markdown]
# # Titanic - feature engineering + random forest (top 8%)

# %%
import pandas as pd
import numpy as np
import seaborn as sns
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

train_df = pd.read_csv("../input/titanic/train.csv")
test_df = pd.read_csv("../input/titanic/test.csv")
combine = pd.concat([train_df, test_df], ignore_index=True)

# %%
sns.countplot(x="Survived", hue="Sex", data=train_df)
plt.show()
train_df[["Pclass", "Survived"]].groupby("Pclass").mean()

# %%
combine["Title"] = combine["Name"].str.extract(r" ([A-Za-z]+)\.", expand=False)
combine["Title"] = combine["Title"].replace(["Lady", "Countess", "Capt", "Col", "Don", "Dr",
                                             "Major", "Rev", "Sir", "Jonkheer", "Dona"], "Rare")
combine["Title"] = combine["Title"].replace({"Mlle": "Miss", "Ms": "Miss", "Mme": "Mrs"})
combine["FamilySize"] = combine["SibSp"] + combine["Parch"] + 1
combine["IsAlone"] = (combine["FamilySize"] == 1).astype(int)

# %%
# fill Age with the median age of the passenger's title, Fare with the class median
combine["Age"] = combine.groupby("Title")["Age"].transform(lambda s: s.fillna(s.median()))
combine["Fare"] = combine.groupby("Pclass")["Fare"].transform(lambda s: s.fillna(s.median()))
combine["Embarked"] = combine["Embarked"].fillna("S")
combine["Sex"] = combine["Sex"].map({"male": 0, "female": 1})
combine = pd.get_dummies(combine, columns=["Title", "Embarked"])

# %%
features = [c for c in combine.columns if c not in ["PassengerId", "Survived", "Name", "Ticket", "Cabin"]]
train = combine[combine["Survived"].notna()]
test = combine[combine["Survived"].isna()]
X, y = train[features], train["Survived"].astype(int)

rf = RandomForestClassifier(n_estimators=500, max_depth=7, random_state=1)
skf = StratifiedKFold(n_splits=10, shuffle=True, random_state=1)
acc = cross_val_score(rf, X, y, cv=skf, scoring="accuracy")
print("CV accuracy %.4f +- %.4f" % (acc.mean(), acc.std()))

# %%
rf.fit(X, y)
pd.DataFrame({"PassengerId": test["PassengerId"], "Survived": rf.predict(test[features]).astype(int)}).to_csv(
    "submission.csv", index=False)
