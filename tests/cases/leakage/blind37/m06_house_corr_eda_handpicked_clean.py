#!/usr/bin/env python
# coding: utf-8


# # Ames housing - simple ridge model on hand picked features


# In[1]:


import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
import warnings
warnings.filterwarnings("ignore")


# In[5]:


df = pd.read_csv("train.csv")
df.shape


# In[6]:


df.describe()


# In[7]:


df["OverallQual"].value_counts().sort_index()


# In[8]:


numeric = df.select_dtypes(include=[np.number]).drop("Id", axis=1)
plt.figure(figsize=(14, 12))
sns.heatmap(numeric.corr(), cmap="coolwarm", center=0)
plt.show()


# In[9]:


print(numeric.corr()["SalePrice"].sort_values(ascending=False).head(15))


# For the model I use a fixed list of features taken from data_description.txt (size, quality, age, rooms). Chosen by domain knowledge, not from the correlation table above.


# In[10]:


features = ["OverallQual", "GrLivArea", "GarageCars", "TotalBsmtSF", "FullBath",
            "YearBuilt", "Fireplaces", "LotArea", "OverallCond", "BedroomAbvGr"]
X = df[features]
y = np.log1p(df["SalePrice"])


# In[11]:


from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)


# In[12]:


from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error


# In[13]:


dummy = DummyRegressor().fit(X_train, y_train)
model = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), Ridge(alpha=1.0))
model.fit(X_train, y_train)
print("dummy rmse:", np.sqrt(mean_squared_error(y_test, dummy.predict(X_test))))
print("ridge rmse:", np.sqrt(mean_squared_error(y_test, model.predict(X_test))))


# In[14]:


coefs = pd.Series(model[-1].coef_, index=features).sort_values()
coefs.plot(kind="barh")
plt.show()
