import pandas as pd
import numpy as np
from sklearn.model_selection import cross_val_score, KFold
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("train.csv")
X = df[["sqft", "bedrooms", "bathrooms"]].fillna(0)
y = np.log1p(df["price"])
scores = cross_val_score(make_pipeline(StandardScaler(), Ridge()), X, y, cv=KFold(5, shuffle=True, random_state=0),
                         scoring="neg_root_mean_squared_error")
print("RMSLE", -scores.mean())
