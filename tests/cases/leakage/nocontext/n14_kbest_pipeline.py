import pandas as pd
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.model_selection import cross_val_score
from sklearn.naive_bayes import MultinomialNB
from sklearn.pipeline import make_pipeline

df = pd.read_csv("survey.csv")
X = df.drop(columns=["label"])
y = df["label"]
print(cross_val_score(make_pipeline(SelectKBest(chi2, k=20), MultinomialNB()), X, y, cv=5).mean())
